package io.linstorj.controller;

import io.linstorj.common.trust.ClusterKey;
import io.linstorj.controller.errorreport.ErrorReports;
import io.linstorj.controller.errorreport.FileErrorReports;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.event.ObservedStateEvents;
import io.linstorj.controller.event.SnapshotEvents;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.persistence.Database;
import io.linstorj.controller.persistence.JdbcStateStore;
import io.linstorj.controller.persistence.JournaledStateStore;
import io.linstorj.controller.resource.ResourceDeletion;
import io.linstorj.controller.satellite.LinkCredentials;
import io.linstorj.controller.satellite.SatelliteDispatcher;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.state.ClusterView;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateListener;
import io.linstorj.controller.state.DesiredStateStore;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.StoreException;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.transport.ClientProtocolAdapter;
import io.linstorj.controller.transport.ClientSessions;
import io.linstorj.controller.transport.ControllerServer;
import io.linstorj.controller.trust.ClusterIdentityStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller process's composition root: opens the database, loads the desired state, starts
 * the writer and the services, then its adapters: the client protocol first, then those of the
 * configuration (REST).
 *
 * <pre>{@code
 * try (Controller controller = Controller.start(ControllerConfig.defaults(dataDir).withListen("127.0.0.1", 0))) {
 *     InetSocketAddress address = controller.address();
 *     controller.addDesiredStateListener(change -> System.out.println(change.nodeNames()));
 * }
 * }</pre>
 */
public final class Controller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);

    private final Database database;
    private final DesiredStateStore store;
    private final ExecutorService readers;
    private final WriteQueue writes;
    private final ClusterView clusterView;
    private final ObservedState observed;
    private final ControllerServices services;
    private final ClientProtocolAdapter.Running clientProtocol;
    private final StartupSummary summary;
    private final EventHub events;
    private final SatelliteDispatcher satellites;
    private final List<ControllerAdapter.Running> adapters;

    private Controller(Parts parts) {
        this.database = parts.database;
        this.store = parts.store;
        this.readers = parts.readers;
        this.writes = parts.writes;
        this.clusterView = parts.clusterView;
        this.observed = parts.observed;
        this.services = parts.services;
        this.clientProtocol = parts.clientProtocol;
        this.summary = parts.summary;
        this.events = parts.events;
        this.satellites = parts.satellites;
        this.adapters = List.copyOf(parts.adapters);
    }

    /**
     * Starts a controller; returns once the port is bound.
     *
     * @throws ControllerStartException if the database cannot be opened or loaded, or the port bound
     */
    public static Controller start(ControllerConfig config) {
        Parts parts = new Parts();
        long started = System.nanoTime();
        try {
            parts.database = openDatabase(config);
            parts.store = openStore(config, parts.database);
            DesiredState desired = new DesiredState();
            parts.store.loadInto(desired);
            StartupSummary loaded = StartupSummary.loaded(desired, parts.database.description());
            parts.readers = Executors.newFixedThreadPool(2, namedThreads("state-reader"));
            GuardedState guarded = new GuardedState(desired, parts.readers);
            ErrorReports errorReports = FileErrorReports.open(
                    config.dataDirectory().resolve("error-reports"), hostName(), version(), Clock.systemUTC());
            parts.writes =
                    new WriteQueue(guarded, parts.store, WriteQueue.DEFAULT_MAX_PENDING_PER_SUBMITTER, errorReports);
            parts.clusterView = new ClusterView(guarded);
            parts.observed = new ObservedState();
            parts.events = new EventHub();
            parts.observed.addListener(new ObservedStateEvents(parts.events));
            ClusterKey clusterKey = new ClusterIdentityStore(parts.database.dataSource(), new SecureRandom())
                    .establish(config.clusterSecretFile());
            // The services reach the links lazily (node reconnect), the links the services (a
            // satellite's confirmation of a deletion; each snapshot's stage from its coordinator),
            // so the services come first.
            parts.services = ControllerServices.create(
                    parts.writes,
                    guarded,
                    parts.observed,
                    errorReports,
                    nodeName -> parts.satellites.reconnect(nodeName));
            ResourceDeletion deletion = parts.services.resources().deletion();
            parts.satellites = new SatelliteDispatcher(
                    parts.clusterView,
                    parts.observed,
                    new LinkCredentials(UUID.randomUUID().toString(), clusterKey),
                    config.maxFrameLength(),
                    deletion::confirmGone,
                    parts.services.snapshots().coordinator().stages());
            parts.services.snapshots().coordinator().addListener(new SnapshotEvents(parts.events));
            parts.services.snapshots().coordinator().failUnfinished().join();
            parts.writes.addListener(parts.satellites);
            // Every adapter starts the same way; the client protocol's is kept typed for its figures.
            parts.clientProtocol = clientProtocol(config).start(parts.services, parts.events);
            parts.adapters.add(parts.clientProtocol);
            for (ControllerAdapter adapter : config.adapters()) {
                parts.adapters.add(adapter.start(parts.services, parts.events));
            }
            parts.satellites.start();
            parts.summary = loaded.bound(
                    parts.clientProtocol.server().localAddress(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return new Controller(parts);
        } catch (StoreException | RuntimeException e) {
            parts.close();
            throw new ControllerStartException("The controller could not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            parts.close();
            Thread.currentThread().interrupt();
            throw new ControllerStartException("Interrupted while starting the controller", e);
        }
    }

    /** The address the client protocol listens on. */
    public InetSocketAddress address() {
        return clientProtocol.server().localAddress();
    }

    /** The started client protocol, the first adapter. */
    public ClientProtocolAdapter.Running clientProtocol() {
        return clientProtocol;
    }

    /** The started adapters of the configuration (REST), in its order; the client protocol is not among them. */
    public List<ControllerAdapter.Running> adapters() {
        return adapters.subList(1, adapters.size());
    }

    /** The client-protocol server, for its connection and memory figures. */
    public ControllerServer clientServer() {
        return clientProtocol.server();
    }

    /** Read access to the committed desired state. */
    public ClusterView clusterView() {
        return clusterView;
    }

    /** The observed state satellites report into. */
    public ObservedState observedState() {
        return observed;
    }

    /** The transport-agnostic services, for in-process callers and further adapters. */
    public ControllerServices services() {
        return services;
    }

    /** The open client sessions. */
    public ClientSessions sessions() {
        return clientProtocol.sessions();
    }

    /** The event hub that watches subscribe to. */
    public EventHub events() {
        return events;
    }

    /** What was loaded at start and how long it took. */
    public StartupSummary startupSummary() {
        return summary;
    }

    /** Registers a listener for committed changes of the desired state. */
    public void addDesiredStateListener(DesiredStateListener listener) {
        writes.addListener(listener);
    }

    /** Stops serving, finishes queued mutations and closes the database. */
    @Override
    public void close() {
        LOG.info("Controller stopping");
        closeAdapters(adapters);
        // Before the links: their closing is no node lost, and must not give up a snapshot being
        // taken with that reason (the next start gives it up as interrupted by the stop).
        services.snapshots().close();
        satellites.close();
        writes.close();
        events.close();
        readers.shutdown();
        store.close();
        database.close();
        LOG.info("Controller stopped");
    }

    private static ClientProtocolAdapter clientProtocol(ControllerConfig config) {
        return new ClientProtocolAdapter(
                config.listenAddress(),
                config.port(),
                config.maxFrameLength(),
                config.clientLimits(),
                "LinstorJ controller " + version(),
                config.clientApiVersion());
    }

    /** Adapters call the services, so they stop first, the last started first. */
    private static void closeAdapters(List<ControllerAdapter.Running> running) {
        List<ControllerAdapter.Running> reversed = new ArrayList<>(running);
        Collections.reverse(reversed);
        for (ControllerAdapter.Running adapter : reversed) {
            try {
                adapter.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing adapter {} failed", adapter.uri(), e);
            }
        }
    }

    private static Database openDatabase(ControllerConfig config) {
        if (config.jdbcUrl().isPresent()) {
            return Database.open(
                    config.jdbcUrl().get(),
                    config.jdbcUser().orElse(null),
                    config.jdbcPassword().orElse(null));
        }
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + config.dataDirectory(), e);
        }
        return Database.open(Database.h2Url(config.dataDirectory()), "sa", "");
    }

    /**
     * The embedded H2 database gets a write-ahead journal beside it in the data directory (one
     * fsync per acknowledged batch, the database brought up to date behind it); PostgreSQL, which
     * another controller may take over, commits every batch itself.
     */
    private static DesiredStateStore openStore(ControllerConfig config, Database database) throws StoreException {
        if (config.jdbcUrl().isPresent()) {
            return new JdbcStateStore(database);
        }
        return JournaledStateStore.open(database, config.dataDirectory().resolve("journal"));
    }

    private static ThreadFactory namedThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The host name error reports carry as their node, as LINSTOR's controller does. */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "Controller";
        }
    }

    private static String version() {
        String version = Controller.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    /** What a start has opened so far, so that a failed start closes it again. */
    private static final class Parts {
        Database database;
        DesiredStateStore store;
        ExecutorService readers;
        WriteQueue writes;
        ClusterView clusterView;
        ObservedState observed;
        ControllerServices services;
        ClientProtocolAdapter.Running clientProtocol;
        StartupSummary summary;
        EventHub events;
        SatelliteDispatcher satellites;
        final List<ControllerAdapter.Running> adapters = new ArrayList<>();

        void close() {
            closeAdapters(adapters);
            if (satellites != null) {
                satellites.close();
            }
            if (services != null) {
                services.snapshots().close();
            }
            if (events != null) {
                events.close();
            }
            if (writes != null) {
                writes.close();
            }
            if (readers != null) {
                readers.shutdown();
            }
            if (store != null) {
                store.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }
}

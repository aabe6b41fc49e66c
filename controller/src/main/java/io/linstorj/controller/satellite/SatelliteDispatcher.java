package io.linstorj.controller.satellite;

import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.NodeType;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.snapshot.SnapshotStages;
import io.linstorj.controller.state.ClusterView;
import io.linstorj.controller.state.DesiredStateListener;
import io.linstorj.controller.state.StateChange;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.ResourceSpec;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every satellite converging to its node's desired state: holds one link per node, marks
 * nodes dirty when a committed change concerns them (or when their satellite authenticates),
 * and sends each dirty node its complete desired state from one sender thread. Reports coming
 * back go to the observed state.
 *
 * <p>What keeps a stream of commits cheap however large the nodes' states are:
 * <ul>
 *   <li>a node whose satellite is not online gets nothing built: it gets its complete state when
 *       its satellite authenticates;</li>
 *   <li>many changes in a burst coalesce: a dirty node's state is built once per sender pass, and
 *       while a state sent to a satellite has not been answered by a report (the satellite
 *       reports after every reconcile pass), the node only stays dirty; the report lets the
 *       newest state go, so a busy satellite gets one state per pass of its own instead of a
 *       backlog of stale ones;</li>
 *   <li>a message re-reads only the resources a commit touched since the node's last message,
 *       and reuses the other resources' parts ({@link NodeStateMessages}); it is still the
 *       node's complete state.</li>
 * </ul>
 * Which nodes wait for a report, and the kept message parts, belong to the sender thread; events
 * from the links reach them as tasks on it.
 */
public final class SatelliteDispatcher implements DesiredStateListener, SatelliteLinkListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SatelliteDispatcher.class);

    private final ClusterView view;
    private final ObservedState observed;
    private final ObservedReportApplier reports;
    private final LinkCredentials credentials;
    private final int maxFrameLength;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "satellite-sender");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, SatelliteConnection> links = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sentResources = new ConcurrentHashMap<>();
    // Per node key: the generation of the first state that asked to delete each resource; a
    // report that the resource is gone counts only once the satellite has applied that state.
    private final Map<String, Map<String, Long>> deletionsSent = new ConcurrentHashMap<>();
    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sendScheduled = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong statesBuilt = new AtomicLong();
    // Sender thread only: nodes (by key) whose last state is not yet answered by a report.
    private final Set<String> awaitingReport = new HashSet<>();
    private final NodeStateMessages messages;

    /**
     * Creates the dispatcher for tests that take no snapshots and delete nothing; {@link #start()}
     * connects to the nodes known now.
     */
    public SatelliteDispatcher(
            ClusterView view, ObservedState observed, LinkCredentials credentials, int maxFrameLength) {
        this(view, observed, credentials, maxFrameLength, (nodeName, resourceName) -> {}, new SnapshotStages());
    }

    /**
     * Creates the dispatcher; {@link #start()} connects to the nodes known now. {@code deletions}
     * hears of every resource marked for deletion that a satellite reports gone; each snapshot is
     * sent with its stage in {@code snapshotStages}, and the nodes whose stages change are sent
     * their state again.
     */
    public SatelliteDispatcher(
            ClusterView view,
            ObservedState observed,
            LinkCredentials credentials,
            int maxFrameLength,
            DeletionConfirmations deletions,
            SnapshotStages snapshotStages) {
        this.view = view;
        this.messages = new NodeStateMessages(view, snapshotStages);
        snapshotStages.addListener(nodeNames -> nodeNames.forEach(this::markDirty));
        this.observed = observed;
        this.reports = new ObservedReportApplier(observed, deletions);
        this.credentials = credentials;
        this.maxFrameLength = maxFrameLength;
    }

    /** Connects to the satellite of every node that has one. */
    public void start() {
        for (Node node : view.nodes()) {
            ensureLink(node);
        }
    }

    @Override
    public void desiredStateChanged(StateChange change) {
        // Stamps first, dirty marks after: the pass that clears a mark must see the stamps.
        Set<String> touched = new HashSet<>(change.nodeNames());
        for (String nodeName : change.nodeRecordNames()) {
            messages.nodeChanged(nodeName, change.version());
            Set<String> peers = view.nodesSharingResourcesWith(nodeName);
            if (view.node(nodeName).isEmpty()) {
                messages.nodeGone(nodeName);
            }
            touched.addAll(peers);
        }
        for (String resourceName : change.resourceNames()) {
            messages.resourceChanged(resourceName, change.version());
            List<Resource> replicas = view.resourcesOf(resourceName);
            if (replicas.isEmpty()) {
                messages.resourceGone(resourceName);
            }
            replicas.forEach(r -> touched.add(r.nodeName()));
            sentResources.forEach((node, resources) -> {
                if (resources.contains(resourceName)) {
                    touched.add(node);
                }
            });
        }
        for (String nodeName : touched) {
            Optional<Node> node = view.node(nodeName);
            if (node.isEmpty()) {
                dropLink(nodeName);
            } else {
                ensureLink(node.get());
                markDirty(node.get().name());
            }
        }
    }

    /**
     * Closes the node's satellite link and dials it again at once, without the backoff's wait
     * (LINSTOR's node reconnect).
     *
     * @return false when the node is unknown or has no satellite to dial
     */
    public synchronized boolean reconnect(String nodeName) {
        Optional<Node> node = view.node(nodeName);
        if (node.isEmpty()
                || !hasSatellite(node.get())
                || node.get().satelliteConnection().isEmpty()) {
            return false;
        }
        SatelliteConnection old = links.remove(key(node.get().name()));
        if (old != null) {
            old.close();
        }
        LOG.info("node '{}': reconnecting as asked", node.get().name());
        ensureLink(node.get());
        return true;
    }

    // Synchronized with reconnect: a committed change and a reconnect may both replace the link.
    private synchronized void ensureLink(Node node) {
        Optional<NetInterface> netInterface = node.satelliteConnection();
        if (!hasSatellite(node) || netInterface.isEmpty()) {
            dropLink(node.name());
            return;
        }
        InetSocketAddress address = new InetSocketAddress(
                netInterface.get().address(), netInterface.get().satellitePort());
        String key = key(node.name());
        SatelliteConnection existing = links.get(key);
        if (existing != null && existing.address().equals(address)) {
            return;
        }
        if (existing != null) {
            existing.close();
        }
        SatelliteConnection link =
                new SatelliteConnection(node.name(), address, group, credentials, maxFrameLength, this);
        links.put(key, link);
        LOG.info("node '{}': connecting to its satellite at {}", node.name(), address);
        link.start();
    }

    private static boolean hasSatellite(Node node) {
        return node.type() == NodeType.SATELLITE || node.type() == NodeType.COMBINED;
    }

    private synchronized void dropLink(String nodeName) {
        SatelliteConnection link = links.remove(key(nodeName));
        if (link != null) {
            link.close();
            LOG.info("node '{}': satellite link closed", nodeName);
        }
        sentResources.remove(key(nodeName));
        deletionsSent.remove(key(nodeName));
        onSender(() -> {
            awaitingReport.remove(key(nodeName));
            messages.forget(nodeName);
        });
        if (view.node(nodeName).isEmpty()) {
            observed.forgetNode(nodeName);
        }
    }

    private void markDirty(String nodeName) {
        dirty.add(nodeName);
        schedulePass();
    }

    private void schedulePass() {
        if (sendScheduled.compareAndSet(false, true)) {
            onSender(this::sendDirty);
        }
    }

    private void onSender(Runnable task) {
        try {
            sender.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("dispatcher closed; not running {}", task);
        }
    }

    private void sendDirty() {
        sendScheduled.set(false);
        for (String nodeName : List.copyOf(dirty)) {
            try {
                sendIfDue(nodeName);
            } catch (RuntimeException e) {
                LOG.error("node '{}': cannot send its desired state: {}", nodeName, e.getMessage(), e);
            }
        }
    }

    /**
     * Sends the node its state unless its satellite is offline (it gets everything on connect) or
     * has not answered the last state yet (the node stays dirty until the report). The node leaves
     * the dirty set before the state is read, so a commit marking it again is never lost.
     */
    private void sendIfDue(String nodeName) {
        dirty.remove(nodeName);
        SatelliteConnection link = links.get(key(nodeName));
        if (link == null || !link.isOnline()) {
            return;
        }
        if (awaitingReport.contains(key(nodeName))) {
            dirty.add(nodeName);
            return;
        }
        Optional<NodeStateMessages.Built> built = messages.build(nodeName, generation.incrementAndGet());
        if (built.isEmpty()) {
            return;
        }
        statesBuilt.incrementAndGet();
        forgetDeleted(nodeName, built.get().resourceNames());
        recordDeletions(nodeName, built.get().message());
        sentResources.put(key(nodeName), built.get().resourceNames());
        if (link.send(built.get().message())) {
            awaitingReport.add(key(nodeName));
        }
    }

    /** On the sender thread: the node's satellite answered, or its link is new; a waiting state may go. */
    private void answered(String nodeName) {
        awaitingReport.remove(key(nodeName));
        if (dirty.contains(nodeName)) {
            schedulePass();
        }
    }

    private void recordDeletions(String nodeName, MsgNodeDesiredState message) {
        Map<String, Long> sent = deletionsSent.computeIfAbsent(key(nodeName), k -> new ConcurrentHashMap<>());
        Set<String> deleting = new HashSet<>();
        for (ResourceSpec resource : message.getResourcesList()) {
            if (resource.getDelete()) {
                deleting.add(resource.getName());
                sent.putIfAbsent(resource.getName(), message.getGeneration());
            }
        }
        sent.keySet().retainAll(deleting);
    }

    /** True when the satellite's report answers a state that asked it to delete {@code resourceName}. */
    private boolean deletionApplied(String nodeName, String resourceName, long appliedGeneration) {
        Long sentAt = deletionsSent.getOrDefault(key(nodeName), Map.of()).get(resourceName);
        return sentAt != null && appliedGeneration >= sentAt;
    }

    private void forgetDeleted(String nodeName, Set<String> stillThere) {
        Set<String> before = sentResources.getOrDefault(key(nodeName), Set.of());
        for (String resource : before) {
            if (!stillThere.contains(resource)) {
                observed.forgetResource(nodeName, resource);
            }
        }
    }

    @Override
    public void statusChanged(String nodeName, ConnectionStatus status, String detail) {
        observed.updateConnectionStatus(nodeName, status.name());
        if (status != ConnectionStatus.ONLINE && status != ConnectionStatus.CONNECTED) {
            reports.connectionLost(nodeName);
            // A new link starts over: only a report of a state sent on it confirms a deletion.
            deletionsSent.remove(key(nodeName));
            onSender(() -> {
                awaitingReport.remove(key(nodeName));
                messages.forget(nodeName);
            });
        }
    }

    @Override
    public void authenticated(String nodeName, SatelliteInfo info) {
        observed.updateSatelliteInfo(nodeName, "DRBD driver: " + info.description());
        dirty.add(nodeName);
        onSender(() -> answered(nodeName));
    }

    @Override
    public void observed(String nodeName, ObservedReport report) {
        reports.apply(
                nodeName,
                report,
                sentResources.getOrDefault(key(nodeName), Set.of()),
                resource -> deletionApplied(nodeName, resource, report.appliedGeneration()));
        onSender(() -> answered(nodeName));
    }

    /**
     * How many node desired states the sender has built since start: one per state sent, none for
     * nodes whose satellite is offline. For tests and diagnostics.
     */
    public long statesBuilt() {
        return statesBuilt.get();
    }

    /** True while the node's satellite is authenticated. */
    public boolean isOnline(String nodeName) {
        SatelliteConnection link = links.get(key(nodeName));
        return link != null && link.isOnline();
    }

    private static String key(String nodeName) {
        return io.linstorj.controller.cluster.Names.key(nodeName);
    }

    @Override
    public void close() {
        links.values().forEach(SatelliteConnection::close);
        links.clear();
        sender.shutdown();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}

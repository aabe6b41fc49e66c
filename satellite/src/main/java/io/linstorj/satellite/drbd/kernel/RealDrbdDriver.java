package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.CommandException;
import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.drbd.DiskState;
import io.linstorj.satellite.drbd.DrbdApplyResult;
import io.linstorj.satellite.drbd.DrbdDriver;
import io.linstorj.satellite.drbd.DrbdException;
import io.linstorj.satellite.drbd.DrbdMetadata;
import io.linstorj.satellite.drbd.DrbdReplica;
import io.linstorj.satellite.drbd.DrbdResource;
import io.linstorj.satellite.drbd.DrbdResourceState;
import io.linstorj.satellite.drbd.DrbdStateListener;
import io.linstorj.satellite.drbd.DrbdStateListeners;
import io.linstorj.satellite.drbd.DrbdVolume;
import io.linstorj.satellite.drbd.DrbdVolumeState;
import io.linstorj.satellite.drbd.InitialSync;
import io.linstorj.satellite.drbd.ResFileWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DRBD driver for a machine with the DRBD 9 kernel module: it writes the resources'
 * configuration files, runs {@code drbdadm} ({@code create-md}, {@code adjust}, {@code down},
 * {@code primary}, {@code secondary}, {@code resize}) and follows {@code drbdsetup events2} for
 * the observed states.
 *
 * <p>{@link #adjust} creates the metadata of a local diskful volume that is not attached and has
 * none; for a volume with {@link InitialSync.Skip} it then sets the shared generation id so that
 * the replicas of a new volume start UpToDate without an initial sync. The events stream is
 * restarted after a pause if it ends.
 */
public final class RealDrbdDriver implements DrbdDriver {
    private static final Logger LOG = LoggerFactory.getLogger(RealDrbdDriver.class);
    private static final Duration DEFAULT_EVENTS_RESTART_DELAY = Duration.ofSeconds(2);

    private final ResFileWriter writer;
    private final CommandRunner runner;
    private final CommandFollower follower;
    private final DrbdCommands commands;
    private final String kernelVersion;
    private final DrbdStateListeners listeners = new DrbdStateListeners();
    private final Events2StateTracker tracker = new Events2StateTracker(listeners);
    private final Events2Parser parser = new Events2Parser();
    private final ScheduledExecutorService restarter;
    private final Duration eventsRestartDelay;
    private final Object eventsLock = new Object();
    private CommandFollower.FollowedCommand events;
    private boolean closed;

    RealDrbdDriver(
            ResFileWriter writer,
            CommandRunner runner,
            CommandFollower follower,
            ScheduledExecutorService restarter,
            Duration eventsRestartDelay,
            String kernelVersion) {
        this.writer = writer;
        this.runner = runner;
        this.follower = follower;
        this.restarter = restarter;
        this.eventsRestartDelay = eventsRestartDelay;
        this.kernelVersion = kernelVersion;
        this.commands = new DrbdCommands(writer.mainFile());
    }

    /**
     * A driver that keeps its configuration files with {@code writer} and runs drbd-utils from the
     * {@code PATH}.
     *
     * @param kernelVersion the DRBD kernel module's version, for {@link #description()}
     */
    public static RealDrbdDriver create(ResFileWriter writer, String kernelVersion) {
        ScheduledExecutorService restarter = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "drbd-events2-restarter");
            thread.setDaemon(true);
            return thread;
        });
        return new RealDrbdDriver(
                writer,
                new ProcessCommandRunner(),
                new ProcessCommandFollower(),
                restarter,
                DEFAULT_EVENTS_RESTART_DELAY,
                kernelVersion);
    }

    @Override
    public String name() {
        return "drbd9";
    }

    @Override
    public String description() {
        return "DRBD " + kernelVersion + " kernel module, driven with drbdadm (configuration in " + writer.directory()
                + ")";
    }

    @Override
    public boolean isEmulated() {
        return false;
    }

    @Override
    public void start() {
        writer.writeMainFile();
        startEvents();
    }

    @Override
    public DrbdApplyResult adjust(DrbdResource resource) {
        boolean existed = tracker.states().containsKey(resource.name());
        boolean configChanged = writer.write(resource);
        boolean metadataCreated = createMissingMetadata(resource);
        runChecked(commands.adjust(resource.name()), "cannot adjust DRBD resource " + resource.name());
        if (!existed) {
            return DrbdApplyResult.CREATED;
        }
        return configChanged || metadataCreated ? DrbdApplyResult.UPDATED : DrbdApplyResult.NOOP;
    }

    @Override
    public DrbdApplyResult down(String resourceName) {
        boolean configured = Files.exists(writer.resFile(resourceName));
        boolean running = tracker.states().containsKey(resourceName);
        if (configured) {
            runChecked(commands.down(resourceName), "cannot take down DRBD resource " + resourceName);
            writer.delete(resourceName);
        } else if (running) {
            runChecked(commands.downWithoutConfig(resourceName), "cannot take down DRBD resource " + resourceName);
        }
        return configured || running ? DrbdApplyResult.DELETED : DrbdApplyResult.NOOP;
    }

    @Override
    public void suspendIo(String resourceName) {
        runChecked(commands.suspendIo(resourceName), "cannot suspend I/O of DRBD resource " + resourceName);
    }

    @Override
    public void resumeIo(String resourceName) {
        runChecked(commands.resumeIo(resourceName), "cannot resume I/O of DRBD resource " + resourceName);
    }

    @Override
    public void primary(String resourceName, boolean force) {
        runChecked(commands.primary(resourceName, force), "cannot promote DRBD resource " + resourceName);
    }

    @Override
    public void secondary(String resourceName) {
        runChecked(commands.secondary(resourceName), "cannot demote DRBD resource " + resourceName);
    }

    @Override
    public void resize(DrbdResource resource, int volumeNumber) {
        resource.volume(volumeNumber)
                .orElseThrow(() ->
                        new IllegalArgumentException("resource " + resource.name() + " has no volume " + volumeNumber));
        writer.write(resource);
        runChecked(
                commands.resize(resource.name(), volumeNumber),
                "cannot resize volume " + volumeNumber + " of DRBD resource " + resource.name());
    }

    @Override
    public Map<String, DrbdResourceState> states() {
        return tracker.states();
    }

    @Override
    public void addStateListener(DrbdStateListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeStateListener(DrbdStateListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        synchronized (eventsLock) {
            closed = true;
            if (events != null) {
                events.close();
                events = null;
            }
        }
        restarter.shutdownNow();
    }

    /** Creates metadata where a local diskful volume is not attached and has none. */
    private boolean createMissingMetadata(DrbdResource resource) {
        DrbdReplica local = resource.localReplica();
        if (local.diskless()) {
            return false;
        }
        Optional<DrbdResourceState> observed =
                Optional.ofNullable(tracker.states().get(resource.name()));
        boolean created = false;
        for (DrbdVolume volume : resource.volumes()) {
            if (!isAttached(observed, volume.number()) && !hasMetadata(volume, local)) {
                createMetadata(resource, volume, local);
                created = true;
            }
        }
        return created;
    }

    private static boolean isAttached(Optional<DrbdResourceState> observed, int volumeNumber) {
        DiskState disk = observed.flatMap(state -> state.volume(volumeNumber))
                .map(DrbdVolumeState::diskState)
                .orElse(DiskState.DISKLESS);
        return disk != DiskState.DISKLESS && disk != DiskState.FAILED;
    }

    /**
     * Whether the backing disk holds DRBD metadata. {@code drbdmeta get-gi} exits 0 if it does and
     * 1 if it finds none; anything else (the disk cannot be opened, the minor is in use) is an
     * error, never a reason to create metadata over what may be data.
     */
    private boolean hasMetadata(DrbdVolume volume, DrbdReplica local) {
        String disk = volume.backingDisk().orElseThrow();
        String failure = "cannot read the DRBD metadata on " + disk;
        CommandResult probe = run(commands.probeMetadata(volume.minor(), disk, local.nodeId()), failure);
        if (probe.exitCode() == DrbdCommands.NO_METADATA_EXIT_CODE) {
            return false;
        }
        check(probe, failure);
        return true;
    }

    private void createMetadata(DrbdResource resource, DrbdVolume volume, DrbdReplica local) {
        int peerSlots = DrbdMetadata.peerSlots(resource);
        String what = "volume " + volume.number() + " of DRBD resource " + resource.name();
        LOG.info(
                "creating DRBD metadata for {} on {}",
                what,
                volume.backingDisk().orElseThrow());
        runChecked(
                commands.createMetadata(resource.name(), volume.number(), peerSlots),
                "cannot create the DRBD metadata of " + what);
        if (volume.initialSync() instanceof InitialSync.Skip skip) {
            String disk = volume.backingDisk().orElseThrow();
            runChecked(
                    commands.setInitialGeneration(volume.minor(), disk, local.nodeId(), skip.generationId()),
                    "cannot set the initial generation id of " + what);
        }
    }

    private void startEvents() {
        synchronized (eventsLock) {
            if (closed) {
                return;
            }
            tracker.streamStarted();
            try {
                events = follower.follow(commands.followEvents(), this::onEventLine, this::onEventsEnded);
            } catch (DrbdException e) {
                LOG.warn("cannot follow DRBD events; trying again in {}", eventsRestartDelay, e);
                scheduleEventsRestart();
            }
        }
    }

    private void onEventLine(String line) {
        try {
            parser.parse(line).ifPresent(tracker::apply);
        } catch (RuntimeException e) {
            LOG.warn("cannot apply the DRBD event '{}'", line, e);
        }
    }

    private void onEventsEnded(int exitCode) {
        synchronized (eventsLock) {
            if (closed) {
                return;
            }
            events = null;
            LOG.warn("drbdsetup events2 ended with exit code {}; restarting it in {}", exitCode, eventsRestartDelay);
            scheduleEventsRestart();
        }
    }

    private void scheduleEventsRestart() {
        restarter.schedule(this::startEvents, eventsRestartDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a command whatever its exit code.
     *
     * @throws DrbdException saying {@code failure} if it could not run or did not end in time
     */
    private CommandResult run(Command command, String failure) {
        try {
            return runner.run(command);
        } catch (CommandException | UncheckedIOException e) {
            throw new DrbdException(failure, command.argv(), e);
        }
    }

    private void runChecked(Command command, String failure) {
        check(run(command, failure), failure);
    }

    private static void check(CommandResult result, String failure) {
        if (!result.succeeded()) {
            throw new DrbdException(failure, result.command().argv(), result.exitCode(), result.stderr());
        }
    }
}

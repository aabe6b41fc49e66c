package io.linstorj.dist.demo;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.Resource;
import io.linstorj.client.SnapshotState;
import io.linstorj.client.VolumeInfo;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The snapshot scenario of the demo: a resource on alpha and bravo (and diskless on charlie)
 * gets a known pattern, a snapshot, another pattern; then the snapshot is restored into a new
 * resource, the resource rolled back and cloned, and each time the bytes on the replicas' backing
 * disks are compared with the pattern the snapshot holds.
 */
final class SnapshotDemo {
    private static final Duration CONVERGE = Duration.ofSeconds(60);
    private static final String RESOURCE = "snap";
    private static final String SNAPSHOT = "s1";
    private static final List<String> DISKFUL = List.of("alpha", "bravo");
    /** Where the pattern goes: past the first blocks, within a 10 MiB volume. */
    private static final long OFFSET = 64 * 1024;

    private static final int LENGTH = 256 * 1024;

    private final String uri;
    private final Narrator say;

    SnapshotDemo(String uri, Narrator say) {
        this.uri = uri;
        this.say = say;
    }

    void run() throws Exception {
        say.step("Snapshots: 'snap' (10 MiB) on alpha and bravo, diskless on charlie; snapshot, restore,"
                + " roll back, clone, with the data checked");
        byte[] taken = pattern(1);
        byte[] later = pattern(2);
        try (Linstor lin = Linstor.connect(uri)) {
            say.doing("resourceDfnCreate(\"snap\"), volumeDfnCreate(\"snap\", 10240), resourceCreate on alpha,"
                    + " bravo, and diskless on charlie");
            check(lin.resourceDfnCreate(RESOURCE));
            check(lin.volumeDfnCreate(RESOURCE, 10240));
            for (String node : DISKFUL) {
                check(lin.resourceCreate(RESOURCE, node));
            }
            check(lin.resourceCreate(RESOURCE, "charlie", true));
            await("the replicas of 'snap' to be UpToDate", () -> upToDate(lin, RESOURCE, 2));

            say.doing("write pattern A (" + LENGTH / 1024 + " KiB at " + OFFSET / 1024
                    + " KiB) to the backing disk of both diskful replicas");
            for (String node : DISKFUL) {
                write(backingDisk(lin, RESOURCE, node), taken);
            }

            Resource snap = new Resource(RESOURCE, lin);
            say.doing("snap.snapshot(\"s1\"), then watch it (a watch whose filter names the snapshot)");
            snap.snapshot(SNAPSHOT);
            SnapshotState state = lin.watchEvents(
                    Linstor::returnIfFailure,
                    (header, data) -> {
                        if (data instanceof SnapshotState deployment) {
                            say.line(header.eventAction() + " " + header.eventName() + " " + header.resourceName() + "/"
                                    + header.snapshotName() + ": " + deployment.state());
                            return deployment.isFinal() ? deployment : null;
                        }
                        return null;
                    },
                    ObjectIdentifier.builder()
                            .resourceName(RESOURCE)
                            .snapshotName(SNAPSHOT)
                            .build(),
                    CONVERGE);
            say.result(
                    "snapshot s1",
                    state.state() + " on "
                            + lin.snapshotList(List.of(), List.of(RESOURCE))
                                    .get(0)
                                    .snapshots()
                                    .get(0)
                                    .nodes());

            say.doing("write pattern B over pattern A on both replicas (what a snapshot must not see)");
            for (String node : DISKFUL) {
                write(backingDisk(lin, RESOURCE, node), later);
            }

            say.doing("snap.restore(\"s1\", \"snaprestored\")   // a new resource from the snapshot");
            snap.restore(SNAPSHOT, "snaprestored");
            showPattern(lin, "snaprestored", taken, later);

            say.doing("snap.rollback(\"s1\")   // snap itself back to the snapshot");
            snap.rollback(SNAPSHOT);
            showPattern(lin, RESOURCE, taken, later);

            say.doing("snap.clone(\"snapclone\")   // a copy of the data, same nodes, diskless charlie too");
            snap.clone("snapclone");
            await(
                    "clone 'snapclone' to be COMPLETE",
                    () -> "COMPLETE".equals(lin.resourceDfnCloneStatus(RESOURCE, "snapclone")));
            say.result("clone status", lin.resourceDfnCloneStatus(RESOURCE, "snapclone"));
            Resource clone = new Resource("snapclone", lin);
            say.result("clone diskful nodes", clone.diskfulNodes());
            say.result("clone diskless nodes", clone.disklessNodes());
            showPattern(lin, "snapclone", taken, later);

            say.doing("snapshotCreate(\"snap\", \"s1\") again   // a taken name");
            say.replies(lin.snapshotCreate(RESOURCE, SNAPSHOT));
            say.doing("snapshotDelete(\"snap\", \"s1\")");
            say.replies(lin.snapshotDelete(RESOURCE, SNAPSHOT));
        }
    }

    /** Waits until every diskful replica of {@code resource} has the snapshot's pattern, and says so. */
    private void showPattern(Linstor lin, String resource, byte[] taken, byte[] later) {
        await("the replicas of '" + resource + "' to be UpToDate", () -> upToDate(lin, resource, 2));
        await(
                "the data of '" + resource + "' to be the snapshot's",
                () -> DISKFUL.stream().allMatch(node -> Arrays.equals(read(backingDisk(lin, resource, node)), taken)));
        for (String node : DISKFUL) {
            byte[] now = read(backingDisk(lin, resource, node));
            say.result(
                    resource + " on " + node,
                    Arrays.equals(now, taken)
                            ? "pattern A, as in the snapshot (" + LENGTH / 1024 + " KiB compared byte for byte)"
                            : Arrays.equals(now, later) ? "pattern B: NOT the snapshot's" : "neither pattern");
        }
    }

    private static boolean upToDate(Linstor lin, String resource, int diskful) {
        List<VolumeInfo> volumes =
                lin.volumeList(List.of(), List.of(resource)).get(0).volumes();
        return volumes.stream().filter(v -> v.diskState().equals("UpToDate")).count() == diskful
                && volumes.stream()
                        .allMatch(v -> v.diskState().equals("UpToDate")
                                || v.diskState().equals("Diskless"));
    }

    private static String backingDisk(Linstor lin, String resource, String node) {
        return lin.volumeList(List.of(node), List.of(resource)).get(0).volumes().stream()
                .map(VolumeInfo::backingDisk)
                .filter(disk -> disk.startsWith("/"))
                .findFirst()
                .orElseThrow(() ->
                        new LinstorError("resource '" + resource + "' on node '" + node + "' reports no backing disk"));
    }

    private static byte[] pattern(long seed) {
        byte[] bytes = new byte[LENGTH];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static void write(String disk, byte[] bytes) {
        try (RandomAccessFile handle = new RandomAccessFile(disk, "rw")) {
            handle.seek(OFFSET);
            handle.write(bytes);
            handle.getFD().sync();
        } catch (IOException e) {
            throw new LinstorError("cannot write to the backing disk " + disk + ": " + e.getMessage(), e);
        }
    }

    /** The bytes where the pattern goes; empty when the disk cannot be read (yet). */
    private static byte[] read(String disk) {
        byte[] bytes = new byte[LENGTH];
        try (RandomAccessFile handle = new RandomAccessFile(disk, "r")) {
            handle.seek(OFFSET);
            handle.readFully(bytes);
        } catch (IOException e) {
            return new byte[0];
        }
        return bytes;
    }

    private static void check(List<ApiCallResponse> replies) {
        if (!Linstor.allApiResponsesNoError(replies)) {
            throw new LinstorError("refused: " + replies);
        }
    }

    private void await(String what, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(CONVERGE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new LinstorError("waited " + CONVERGE.toSeconds() + " s for " + what);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinstorError("interrupted while waiting for " + what, e);
            }
        }
    }
}

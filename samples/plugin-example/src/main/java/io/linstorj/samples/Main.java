package io.linstorj.samples;

import io.linstorj.client.Linstor;
import io.linstorj.client.Resource;
import io.linstorj.client.StoragePoolInfo;
import io.linstorj.client.VolumeInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs every API sample in order against the controller at {@code args[0]} (a cluster as
 * {@code bin/linstorj cluster} makes it, fresh) and checks what each one did; exits 0 when all
 * did what the document says, 1 naming the first that did not. {@code args[1]} is a directory
 * for the samples' extra pool drbdpool (one FILE_THIN pool per node).
 */
public final class Main {
    private static final Duration CONVERGE = Duration.ofMinutes(2);
    private static final List<String> NODES = List.of("alpha", "bravo", "charlie");

    private final String uri;
    private final ApiSamples samples;
    private final List<String> ran = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    private Main(String uri) {
        this.uri = uri;
        this.samples = new ApiSamples(uri);
    }

    /** {@code Main URI POOL-DIR}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: Main CONTROLLER-URI POOL-DIR   (e.g. http://127.0.0.1:3370 /tmp/pools)");
            System.exit(2);
        }
        Main main = new Main(args[0]);
        try {
            main.addPools(Path.of(args[1]));
            main.runSamples();
        } catch (RuntimeException e) {
            System.err.println("SAMPLES FAILED over " + args[0] + " after " + main.ran + ": " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("SAMPLES OK over " + args[0] + ": " + main.ran.size() + " ran " + main.ran
            + (main.skipped.isEmpty() ? "" : ", skipped " + main.skipped));
    }

    private void addPools(Path root) throws IOException, InterruptedException {
        try (Linstor lin = Linstor.connect(uri)) {
            for (String node : NODES) {
                Path dir = Files.createDirectories(root.toAbsolutePath().resolve(node).resolve("drbdpool"));
                ApiSamples.check(lin.storagePoolCreate(node, "drbdpool", "FILE_THIN", dir.toString()));
            }
            await("every drbdpool reports its capacity", () -> lin.storagePoolList().get(0).storagePools().stream()
                .filter(p -> p.storagePoolName().equals("drbdpool"))
                .filter(p -> p.freeCapacityKib().isPresent()).map(StoragePoolInfo::nodeName).count() == NODES.size());
        }
    }

    private void runSamples() throws InterruptedException {
        step("quick-start", samples::quickStart);
        awaitConverged("rsc0", 2);
        step("list-nodes", samples::listNodes);
        step("create-node", () -> expect(samples.createNode().isSuccess(), "node delta created"));
        step("create-resource", samples::createResourceOnTwoNodes);
        awaitConverged("rsc", 2);
        step("watch", () -> expect("Done".equals(samples.watchUntilUpToDate()), "the watch returned Done"));
        step("resource-redundant", samples::createRedundantResource);
        awaitConverged("foo", 3);
        step("resource-resize", () -> {
            samples.resizeVolume();
            expect(new Resource("foo", uri).getVolumes().get(0).getSize() == 40L * 1024 * 1024, "foo is 40 MiB");
        });
        awaitConverged("foo", 3);
        step("resource-activate", () -> {
            samples.activateDeactivate("bravo");
            expect(new Resource("foo", uri).isDiskful("bravo"), "bravo is still diskful");
        });
        step("resource-assignment", () -> {
            samples.assignmentState();
            expect(new Resource("foo", uri).isDiskless("alpha"), "alpha is diskless");
        });
        awaitConverged("foo", 3);
        step("resource-dual-primary", () -> {
            samples.dualPrimary();
            expect(!new Resource("foo", uri).isAllowTwoPrimaries(), "two primaries are not allowed again");
        });
        step("resource-queries", samples::queries);
        step("kv", () -> expect(samples.keyValueStore().equals(List.of(Map.entry("key", "val"))),
            "only key=val is visible in /foo/bar"));
        String down = uri.substring(0, uri.indexOf("://")) + "://127.0.0.1:1";
        step("builder", () -> expect(samples.builderWithFailover(down).equals(uri), "the second controller is used"));
        if (System.getenv("LS_CONTROLLERS") != null) {
            step("environment", () -> System.out.println(ApiSamples.fromEnvironment()));
        } else {
            skipped.add("environment (LS_CONTROLLERS not set)");
        }
        step("tls", () -> {
            try {
                ApiSamples.tlsClient("https://127.0.0.1:3371", Path.of("no-such-ca.pem"), "secret");
                throw new IllegalStateException("a missing CA file was taken");
            } catch (IllegalArgumentException expected) {
                System.out.println("refused as it should: " + expected.getMessage());
            }
        });
    }

    private void step(String name, Runnable sample) {
        System.out.println("--- " + name);
        ran.add(name);
        sample.run();
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected: " + what);
        }
    }

    /** Waits until {@code resource}'s volume 0 is UpToDate or Diskless on {@code replicas} nodes. */
    private void awaitConverged(String resource, int replicas) throws InterruptedException {
        try (Linstor lin = Linstor.connect(uri)) {
            await(resource + " converged on " + replicas + " nodes", () -> {
                List<VolumeInfo> volumes = lin.volumeList(List.of(), List.of(resource)).get(0).volumes();
                return volumes.size() == replicas && volumes.stream()
                    .allMatch(v -> v.diskState().equals("UpToDate") || v.diskState().equals("Diskless"));
            });
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(CONVERGE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("not within " + CONVERGE + ": " + what);
            }
            Thread.sleep(200);
        }
    }
}

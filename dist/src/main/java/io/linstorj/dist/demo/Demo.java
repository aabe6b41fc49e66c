package io.linstorj.dist.demo;

import io.linstorj.client.EventHandler;
import io.linstorj.client.KV;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.client.NodeInfo;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.Resource;
import io.linstorj.client.ResourceGroup;
import io.linstorj.client.StoragePoolInfo;
import io.linstorj.client.Volume;
import io.linstorj.client.VolumeDiskState;
import io.linstorj.client.VolumeInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The scenarios of API.md in order, against a running cluster whose satellites are alpha, bravo
 * and charlie with a pool DfltStorPool each, narrated for a person.
 */
final class Demo {
    private static final Duration CONVERGE = Duration.ofSeconds(60);
    private static final String POOL = "DfltStorPool";

    private final String uri;
    private final Narrator say;

    Demo(String uri, Narrator say) {
        this.uri = uri;
        this.say = say;
    }

    void run() throws Exception {
        nodes();
        lowLevelResource();
        watchUntilUpToDate();
        highLevelAutoplace();
        resize();
        activateAndDeactivate();
        assignmentStates();
        dualPrimary();
        queries();
        keyValueStore();
        resourceGroup();
        new SnapshotDemo(uri, say).run();
    }

    private void nodes() {
        say.step("The cluster: nodes and storage pools (low-level nodeList, storagePoolList)");
        try (Linstor lin = Linstor.connect(uri)) {
            for (NodeInfo node : lin.nodeList().get(0).nodes()) {
                say.result(node.name(), node.type() + " at " + node.address() + ", " + node.connectionStatus());
                say.result("  satellite", node.satelliteInfo());
            }
            for (StoragePoolInfo pool : lin.storagePoolList().get(0).storagePools()) {
                if (!pool.providerKind().equals("DISKLESS")) {
                    say.result(
                            pool.nodeName() + "/" + pool.storagePoolName(),
                            pool.providerKind() + ", "
                                    + (pool.freeCapacityKib().isPresent()
                                            ? pool.freeCapacityKib().getAsLong() / 1024 + " MiB free"
                                            : "capacity not reported yet"));
                }
            }
        }
    }

    private void lowLevelResource() {
        say.step("Low-level calls: resource 'rsc' with one 10 MiB volume on alpha and bravo");
        try (Linstor lin = Linstor.connect(uri)) {
            say.doing("resourceDfnCreate(\"rsc\")");
            say.replies(lin.resourceDfnCreate("rsc"));
            say.doing("volumeDfnCreate(\"rsc\", 10240)   // KiB");
            say.replies(lin.volumeDfnCreate("rsc", 10240));
            say.doing("resourceCreate(\"rsc\", \"alpha\"), resourceCreate(\"rsc\", \"bravo\")");
            say.replies(lin.resourceCreate("rsc", "alpha"));
            say.replies(lin.resourceCreate("rsc", "bravo"));
            say.doing("resourceCreate(\"rsc\", \"nowhere\")   // a node that does not exist");
            say.replies(lin.resourceCreate("rsc", "nowhere"));
        }
        say.line("bravo joined after alpha held the data: it syncs (Inconsistent -> SyncTarget -> UpToDate)");
        awaitNoSync("rsc");
        showVolumes("rsc");
    }

    private void watchUntilUpToDate() throws Exception {
        say.step("Watch: create 'rsc1' on alpha and wait for its volume to become UpToDate");
        try (Linstor lin = Linstor.connect(uri)) {
            EventHandler<String> handler = (header, data) -> {
                if (data instanceof VolumeDiskState state) {
                    say.line(header.eventAction() + " " + header.eventName() + " " + header.nodeName() + "/"
                            + header.resourceName() + "/" + header.volumeNumber() + ": " + state.diskState());
                    if ("UpToDate".equals(state.diskState())) {
                        return "Done";
                    }
                }
                return null;
            };
            CompletableFuture<Object> watch = CompletableFuture.supplyAsync(() -> lin.watchEvents(
                    Linstor::returnIfFailure,
                    handler,
                    ObjectIdentifier.builder().resourceName("rsc1").build()));
            try (Linstor other = Linstor.connect(uri)) {
                say.doing("resourceDfnCreate, volumeDfnCreate(20 MiB), resourceCreate on alpha");
                other.resourceDfnCreate("rsc1");
                other.volumeDfnCreate("rsc1", 20 * 1024);
                say.replies(other.resourceCreate("rsc1", "alpha"));
            }
            say.result("watchEvents returned", watch.get(CONVERGE.toSeconds(), TimeUnit.SECONDS));
        }
    }

    private void highLevelAutoplace() {
        say.step("High-level: Resource 'foo', 20 MiB, 3 replicas, autoplace()");
        say.doing("Resource foo = new Resource(\"foo\", uri); foo.getVolumes().put(0, new Volume(\"20 MiB\"));");
        say.doing("foo.getPlacement().setRedundancy(3); foo.autoplace();");
        Resource foo = new Resource("foo", uri);
        foo.getVolumes().put(0, new Volume("20 MiB"));
        foo.getPlacement().setRedundancy(3);
        foo.autoplace();
        awaitNoSync("foo");
        showVolumes("foo");
    }

    private void resize() {
        say.step("Resize: volume 0 of 'foo' to 30 MiB, then 10 MiB more; shrinking is refused");
        Resource foo = new Resource("foo", uri);
        say.doing("foo.getVolumes().get(0).setSize(\"30 MiB\")");
        foo.getVolumes().get(0).setSize("30 MiB");
        say.doing("setSize(getSize() + 10 * 1024 * 1024)");
        foo.getVolumes().get(0).setSize(foo.getVolumes().get(0).getSize() + 10 * 1024 * 1024);
        say.result("size now", foo.getVolumes().get(0).getSize() / (1024 * 1024) + " MiB");
        try {
            say.doing("setSize(\"1 MiB\")");
            foo.getVolumes().get(0).setSize("1 MiB");
        } catch (LinstorError e) {
            say.result("refused", e.getMessage());
        }
        awaitAllocated("foo", 40 * 1024);
        showVolumes("foo");
    }

    private void activateAndDeactivate() {
        say.step("activate/deactivate: a diskless replica only where the node has none");
        Resource foo = new Resource("foo", uri);
        say.doing("foo.activate(\"bravo\")   // bravo holds a diskful replica: nothing changes");
        foo.activate("bravo");
        say.result("bravo diskful", foo.isDiskful("bravo"));
        say.doing("foo.deactivate(\"bravo\") // never removes a diskful replica");
        foo.deactivate("bravo");
        say.result("bravo diskful", foo.isDiskful("bravo"));
    }

    private void assignmentStates() {
        say.step("diskful/diskless/delete: the assignment on alpha");
        Resource foo = new Resource("foo", uri);
        foo.getPlacement().setStoragePool(POOL);
        say.doing("foo.diskful(\"alpha\")");
        foo.diskful("alpha");
        say.result("alpha diskful", foo.isDiskful("alpha"));
        say.doing("foo.diskless(\"alpha\")  // converted to diskless");
        foo.diskless("alpha");
        say.result("alpha diskless", foo.isDiskless("alpha"));
        say.doing("foo.delete(\"alpha\")");
        foo.delete("alpha");
        say.result("alpha assigned", foo.isAssigned("alpha"));
        say.doing("foo.diskless(\"alpha\")  // created diskless");
        foo.diskless("alpha");
        say.result("alpha diskless", foo.isDiskless("alpha"));
        awaitNoSync("foo");
        showVolumes("foo");
    }

    private void dualPrimary() {
        say.step("Dual primary: DrbdOptions/Net/allow-two-primaries on, then off");
        Resource foo = new Resource("foo", uri);
        foo.setAllowTwoPrimaries(true);
        say.result("allow-two-primaries", foo.isAllowTwoPrimaries());
        foo.setAllowTwoPrimaries(false);
        say.result("allow-two-primaries", foo.isAllowTwoPrimaries());
    }

    private void queries() {
        say.step("Queries");
        Resource foo = new Resource("foo", uri);
        say.result("diskless nodes", foo.disklessNodes());
        say.result("alpha diskful", foo.isDiskful("alpha"));
        say.result("bravo assigned", foo.isAssigned("bravo"));
        say.result("backing disk", foo.getVolumes().get(0).getBackingDisk());
        say.result("device path", foo.getVolumes().get(0).getDevicePath());
    }

    private void keyValueStore() {
        say.step("Key-value store with namespaces");
        KV kv = new KV("myKV", "/foo/bar/", uri);
        kv.put("key", "val");
        say.result("in /foo/bar/", kv.items());
        kv.setNamespace("/");
        say.result("in /", kv.items());
        kv.put("foo/baz/key", "valbaz");
        kv.setNamespace("/foo/bar");
        say.result("in /foo/bar (not /foo/baz)", kv.items());
    }

    private void resourceGroup() {
        say.step("Resource group 'rg' with 2 replicas: spawn 'spawned' with one 10 MiB volume");
        ResourceGroup group = new ResourceGroup("rg", uri);
        group.setRedundancy(2);
        group.setStoragePool(POOL);
        Resource spawned = group.createResource("spawned", List.of("10 MiB"));
        say.result("diskful nodes", spawned.diskfulNodes());
        awaitNoSync("spawned");
        showVolumes("spawned");
    }

    private void awaitAllocated(String resource, long kib) {
        awaitVolumes(
                resource,
                v -> v.backingDisk().equals("none")
                        || v.allocatedSizeKib().orElse(0) >= kib
                                && v.diskState().equals("UpToDate"));
    }

    private void awaitNoSync(String resource) {
        awaitVolumes(
                resource, v -> v.diskState().equals("UpToDate") || v.diskState().equals("Diskless"));
    }

    private void awaitVolumes(String resource, Predicate<VolumeInfo> done) {
        Instant deadline = Instant.now().plus(CONVERGE);
        try (Linstor lin = Linstor.connect(uri)) {
            while (Instant.now().isBefore(deadline)) {
                List<VolumeInfo> volumes =
                        lin.volumeList(List.of(), List.of(resource)).get(0).volumes();
                if (!volumes.isEmpty() && volumes.stream().allMatch(done)) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        say.line("(the replicas of '" + resource + "' have not converged yet)");
    }

    private void showVolumes(String resource) {
        try (Linstor lin = Linstor.connect(uri)) {
            Map<String, String> rows = new TreeMap<>();
            for (VolumeInfo v :
                    lin.volumeList(List.of(), List.of(resource)).get(0).volumes()) {
                rows.put(
                        v.nodeName() + "/" + v.volumeNumber(),
                        String.format(
                                "%-13s %-12s %-14s %s",
                                v.diskState().isEmpty() ? "(unknown)" : v.diskState(),
                                v.devicePath(),
                                v.backingDisk(),
                                v.allocatedSizeKib().isPresent()
                                        ? v.allocatedSizeKib().getAsLong() / 1024 + " MiB"
                                        : ""));
            }
            say.line(String.format(
                    "%-12s %-13s %-12s %-14s %s", resource, "disk state", "device", "backing disk", "allocated"));
            rows.forEach((node, row) -> say.line(String.format("%-12s %s", node, row)));
        }
    }
}

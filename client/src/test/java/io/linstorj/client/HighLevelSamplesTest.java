package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watch, high-level resource and key-value samples of API.md, and the examples of the
 * high-level classes' Javadoc, run against a scripted controller with three nodes. They are as
 * written there except for the controller's address: the fake's URI ({@code localhost}) is passed
 * where a sample names an address or relies on the default {@code linstor://localhost}.
 * {@link #samplesAsWrittenCompile()} holds them with their own addresses, compiled but not run.
 */
class HighLevelSamplesTest {
    private final FakeCluster cluster = new FakeCluster();
    private FakeController controller;
    private String localhost;

    @BeforeEach
    void startController() {
        controller = FakeController.start();
        controller.answerWith(cluster);
        localhost = controller.uri();
    }

    @AfterEach
    void stopController() {
        controller.close();
    }

    @Test
    void watchSample() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(
                        FakeController.diskState(
                                watchId(call), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "Inconsistent"),
                        FakeController.diskState(watchId(call), Consts.EVENT_STREAM_VALUE, "alpha", "rsc1", "UpToDate"))
                : List.of());
        Object result;

        try (Linstor lin = Linstor.connect(localhost)) {
            String rscName = "rsc1";
            EventHandler<String> vlmStateHandler = (eventHeader, eventData) -> {
                if (Consts.EVENT_VOLUME_DISK_STATE.equals(eventHeader.eventName())) {
                    if (Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(eventHeader.eventAction())) {
                        System.out.println("WARNING: Satellite connection lost");
                        System.exit(20);
                    }
                    if (eventData instanceof VolumeDiskState state) {
                        System.out.println(state.diskState());
                        if ("UpToDate".equals(state.diskState())) {
                            return "Done";
                        }
                    }
                }
                return null; // keep watching
            };
            Object watchResult = lin.watchEvents(
                    Linstor::returnIfFailure,
                    vlmStateHandler,
                    ObjectIdentifier.builder().resourceName(rscName).build());
            // watchResult holds what vlmStateHandler returned ("Done"), or the failed replies
            System.out.println(watchResult);
            result = watchResult;
        }

        assertThat(result).isEqualTo("Done");
    }

    @Test
    void highLevelResourceSamplesInOrder() {
        {
            // Create a resource N-times redundant
            Resource foo = new Resource("foo", localhost); // by default the uri is linstor://localhost
            foo.getVolumes().put(0, new Volume("20 MiB"));
            foo.getPlacement().setRedundancy(3);
            foo.autoplace();
        }
        assertThat(cluster.replicas("foo")).containsOnlyKeys("alpha", "bravo", "charlie");
        {
            // Resizing an existing resource/volume
            Resource foo = new Resource("foo", localhost);
            foo.getVolumes().get(0).setSize("30 MiB");
            foo.getVolumes().get(0).setSize(foo.getVolumes().get(0).getSize() + 10 * 1024 * 1024); // bytes
        }
        assertThat(cluster.volumeSizesKib("foo")).isEqualTo(Map.of(0, 40960L));
        {
            // Diskless assignment only if there is no assignment yet; remove it only if diskless
            Resource foo = new Resource("foo", localhost);
            foo.activate("bravo");
            foo.deactivate("bravo");
        }
        assertThat(cluster.replicas("foo")).containsEntry("bravo", "DfltStorPool");
        {
            // Setting the assignment state of a resource
            Resource foo = new Resource("foo", localhost);
            foo.getPlacement().setStoragePool("drbdpool");
            foo.diskful("alpha"); // whatever it was, it is now diskful
            assertThat(cluster.replicas("foo")).containsEntry("alpha", "DfltStorPool");
            foo.diskless("alpha"); // converted to diskless
            assertThat(cluster.replicas("foo")).containsEntry("alpha", "diskless");
            foo.delete("alpha");
            assertThat(cluster.replicas("foo")).doesNotContainKey("alpha");
            foo.diskless("alpha"); // created diskless
        }
        assertThat(cluster.replicas("foo")).containsEntry("alpha", "diskless");
        {
            // Setting and unsetting dual primary
            Resource foo = new Resource("foo", localhost);
            foo.setAllowTwoPrimaries(true);
            assertThat(cluster.definitionProps("foo")).containsEntry(Consts.KEY_DRBD_ALLOW_TWO_PRIMARIES, "yes");
            // do some live migration
            foo.setAllowTwoPrimaries(false);
        }
        assertThat(cluster.definitionProps("foo")).doesNotContainKey(Consts.KEY_DRBD_ALLOW_TWO_PRIMARIES);
        {
            // Queries
            Resource foo = new Resource("foo", localhost);
            for (String disklessNode : foo.disklessNodes()) {
                System.out.println(disklessNode);
            }
            System.out.println(foo.isDiskful("alpha"));
            System.out.println(foo.isAssigned("bravo"));
            System.out.println(foo.getVolumes().get(0).getBackingDisk());
            System.out.println(foo.getVolumes().get(0).getDevicePath());

            assertThat(foo.disklessNodes()).containsExactly("alpha");
            assertThat(foo.isDiskful("alpha")).isFalse();
            assertThat(foo.isAssigned("bravo")).isTrue();
            assertThat(foo.getVolumes().get(0).getBackingDisk()).isEqualTo("/var/lib/linstorj/bravo/foo_0.img");
            assertThat(foo.getVolumes().get(0).getDevicePath()).isEqualTo("/dev/drbd1000");
        }
    }

    @Test
    void keyValueSample() {
        KV kv = new KV("myKV", "/foo/bar/", localhost); // new KV(name, namespace[, uri])
        kv.put("key", "val");
        assertThat(kv.items()).hasToString("[key=val]"); // [key=val]          (List<Map.Entry<String, String>>)
        kv.setNamespace("/");
        assertThat(kv.items()).hasToString("[/foo/bar/key=val]"); // [/foo/bar/key=val]
        kv.put("foo/baz/key", "valbaz");
        kv.setNamespace("/foo/bar");
        assertThat(kv.items()).hasToString("[key=val]"); // [key=val]           keys in /foo/baz not visible
    }

    @Test
    void resourceJavadocExample() {
        Resource foo = new Resource("foo", localhost); // reads what the controller has of "foo"
        foo.getVolumes().put(0, new Volume("20 MiB")); // applied by autoplace()
        foo.getPlacement().setRedundancy(2);
        foo.autoplace(); // definition, volume, 2 diskful replicas
        foo.activate("charlie"); // a diskless replica where there is none
        foo.getVolumes().get(0).setSize("30 MiB"); // resized at once
        System.out.println(foo.diskfulNodes() + " " + foo.getVolumes().get(0).getDevicePath());

        assertThat(cluster.replicas("foo"))
                .isEqualTo(Map.of("alpha", "DfltStorPool", "bravo", "DfltStorPool", "charlie", "diskless"));
    }

    @Test
    void volumeJavadocExample() {
        cluster.withResource("foo", FakeCluster.kib(20480), List.of("alpha"));

        Resource foo = new Resource("foo", localhost);
        foo.getVolumes().put(1, new Volume("1 GiB")); // foo exists: volume definition 1 is created at once
        Volume volume = foo.getVolumes().get(1);
        volume.setSize(volume.getSize() + 512 * 1024 * 1024); // grows it by 512 MiB
        System.out.println(volume.getDevicePath() + " on " + volume.getBackingDisk());

        assertThat(cluster.volumeSizesKib("foo")).containsEntry(1, 1536L * 1024);
    }

    @Test
    void resourceGroupJavadocExample() {
        ResourceGroup gold = new ResourceGroup("gold", localhost);
        gold.setRedundancy(3); // creates the group if it does not exist yet
        gold.setStoragePool("ssd");
        Resource db = gold.createResource("db1", List.of("20 GiB", 1024L * 1024 * 1024)); // sizes: text or bytes
        System.out.println(db.diskfulNodes());

        assertThat(cluster.replicas("db1")).isEqualTo(Map.of("alpha", "ssd", "bravo", "ssd", "charlie", "ssd"));
    }

    @Test
    void watchJavadocExample() {
        controller.followWith(call -> ApiCalls.CRT_WATCH.equals(call.content())
                ? List.of(
                        FakeController.diskState(watchId(call), Consts.EVENT_STREAM_OPEN, "alpha", "rsc1", "UpToDate"))
                : List.of());
        cluster.withResource("rsc1", FakeCluster.kib(1024), List.of());
        try (Linstor lin = Linstor.connect(localhost)) {
            try (Watch<String> watch = lin.watchEventsAsync(
                    replies -> Linstor.allApiResponsesNoError(replies) ? null : "refused",
                    (header, data) -> data instanceof VolumeDiskState state && "UpToDate".equals(state.diskState())
                            ? header.nodeName()
                            : null,
                    ObjectIdentifier.builder().resourceName("rsc1").build())) {
                lin.resourceCreate("rsc1", "alpha");
                System.out.println("UpToDate on " + watch.await());
                assertThat(watch.await()).isEqualTo("alpha");
            } // closing a watch that is still running cancels it
        }
    }

    /** The samples exactly as API.md writes them (the sample's private address replaced by 127.0.0.42): compiled, never run. */
    @SuppressWarnings("unused")
    private static void samplesAsWrittenCompile() {
        {
            // Create a resource N-times redundant
            Resource foo = new Resource("foo", "linstor://127.0.0.42"); // by default the uri is linstor://localhost
            foo.getVolumes().put(0, new Volume("20 MiB"));
            foo.getPlacement().setRedundancy(3);
            foo.autoplace();
        }
        {
            // Resizing an existing resource/volume
            Resource foo = new Resource("foo");
            foo.getVolumes().get(0).setSize("30 MiB");
            foo.getVolumes().get(0).setSize(foo.getVolumes().get(0).getSize() + 10 * 1024 * 1024); // bytes
        }
        {
            // Diskless assignment only if there is no assignment yet; remove it only if diskless
            Resource foo = new Resource("foo");
            foo.activate("bravo");
            foo.deactivate("bravo");
        }
        {
            // Setting the assignment state of a resource
            Resource foo = new Resource("foo");
            foo.getPlacement().setStoragePool("drbdpool");
            foo.diskful("alpha"); // whatever it was, it is now diskful
            foo.diskless("alpha"); // converted to diskless
            foo.delete("alpha");
            foo.diskless("alpha"); // created diskless
        }
        {
            // Setting and unsetting dual primary
            Resource foo = new Resource("foo");
            foo.setAllowTwoPrimaries(true);
            // do some live migration
            foo.setAllowTwoPrimaries(false);
        }
        {
            // Queries
            Resource foo = new Resource("foo");
            for (String disklessNode : foo.disklessNodes()) {
                System.out.println(disklessNode);
            }
            System.out.println(foo.isDiskful("alpha"));
            System.out.println(foo.isAssigned("bravo"));
            System.out.println(foo.getVolumes().get(0).getBackingDisk());
            System.out.println(foo.getVolumes().get(0).getDevicePath());
        }
        {
            KV kv = new KV("myKV", "/foo/bar/"); // new KV(name, namespace[, uri])
            kv.put("key", "val");
            kv.items(); // [key=val]          (List<Map.Entry<String, String>>)
            kv.setNamespace("/");
            kv.items(); // [/foo/bar/key=val]
            kv.put("foo/baz/key", "valbaz");
            kv.setNamespace("/foo/bar");
            kv.items(); // [key=val]           keys in /foo/baz not visible
        }
        try (Linstor lin = Linstor.connect("linstor://localhost")) {
            String rscName = "rsc1";
            EventHandler<String> vlmStateHandler = (eventHeader, eventData) -> {
                if (Consts.EVENT_VOLUME_DISK_STATE.equals(eventHeader.eventName())) {
                    if (Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(eventHeader.eventAction())) {
                        System.out.println("WARNING: Satellite connection lost");
                        System.exit(20);
                    }
                    if (eventData instanceof VolumeDiskState state) {
                        System.out.println(state.diskState());
                        if ("UpToDate".equals(state.diskState())) {
                            return "Done";
                        }
                    }
                }
                return null; // keep watching
            };
            Object watchResult = lin.watchEvents(
                    Linstor::returnIfFailure,
                    vlmStateHandler,
                    ObjectIdentifier.builder().resourceName(rscName).build());
            // watchResult holds what vlmStateHandler returned ("Done"), or the failed replies
            System.out.println(watchResult);
        }
    }

    private static int watchId(io.linstorj.protocol.ProtocolMessage call) {
        return call.body(0, MsgCrtWatch.parser()).getWatchId();
    }
}

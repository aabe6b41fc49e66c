package io.linstorj.controller;

import static io.linstorj.controller.ServiceFixture.await;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Registers nodes, pools and their observed state on a {@link ServiceFixture}, as satellites would report them. */
public final class TestNodes {
    /** KiB in a MiB. */
    public static final long MIB = 1024;

    private final ServiceFixture fixture;
    private int nextAddress = 11;

    /** Works on {@code fixture}. */
    public TestNodes(ServiceFixture fixture) {
        this.fixture = fixture;
    }

    /** Registers a node and marks its satellite ONLINE. */
    public void online(String node) {
        fixture.createNode(node, "127.0.9." + nextAddress++);
        fixture.observed().updateConnectionStatus(node, "ONLINE");
    }

    /** Registers a node whose satellite never connected. */
    public void offline(String node) {
        fixture.createNode(node, "127.0.9." + nextAddress++);
    }

    /** Sets a node property. */
    public void nodeProp(String node, String key, String value) {
        check(await(fixture.services().nodes().modify(node, PropsChange.set(Map.of(key, value)), "")));
    }

    /** Creates a pool of {@code kind} and reports its capacity in MiB. */
    public void pool(String node, String pool, String kind, long freeMib, long totalMib) {
        createPool(node, pool, kind);
        report(node, pool, freeMib, totalMib);
    }

    /** Creates a pool of {@code kind} whose satellite has not reported it yet. */
    public void createPool(String node, String pool, String kind) {
        String directory = kind.startsWith("FILE")
                ? "/var/lib/linstorj/pools/" + pool
                : kind.equals("LVM_THIN") ? "vg_" + pool + "/thin" : "vg_" + pool;
        check(await(fixture.services()
                .storagePools()
                .create(new StoragePoolCreateRequest(node, pool, kind, Map.of("StorDriver/StorPoolName", directory)))));
    }

    /** Reports a pool's capacity in MiB. */
    public void report(String node, String pool, long freeMib, long totalMib) {
        fixture.observed()
                .updateStoragePool(
                        node,
                        pool,
                        new StoragePoolObservation(
                                OptionalLong.of(freeMib * MIB), OptionalLong.of(totalMib * MIB), List.of()));
    }

    /** Creates a resource definition with one volume of {@code sizeMib}. */
    public void resource(String name, long sizeMib) {
        check(fixture.createResourceDefinition(name));
        check(fixture.createVolumeDefinition(name, sizeMib * MIB));
    }

    public static void check(List<ApiCallRc> replies) {
        if (replies.stream().anyMatch(ApiCallRc::isError)) {
            throw new AssertionError("refused: " + replies);
        }
    }
}

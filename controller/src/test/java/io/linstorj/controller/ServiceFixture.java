package io.linstorj.controller;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.node.NetInterfaceRequest;
import io.linstorj.controller.node.NodeCreateRequest;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.state.Change;
import io.linstorj.controller.state.ClusterView;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateStore;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.storage.StoragePoolCreateRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The services over an in-memory store (no database), with LINSTOR's two default storage pool
 * definitions and its default resource group, for tests of validation and ret codes.
 */
public final class ServiceFixture implements AutoCloseable {
    private final ExecutorService readers = Executors.newFixedThreadPool(2);
    private final RecordingStore store = new RecordingStore();
    private final GuardedState guarded;
    private final WriteQueue writes;
    private final ObservedState observed = new ObservedState();
    private final ControllerServices services;

    /** Creates the fixture. */
    public ServiceFixture() {
        DesiredState desired = new DesiredState();
        for (String pool : List.of(StoragePoolDefinition.DEFAULT_POOL, StoragePoolDefinition.DEFAULT_DISKLESS_POOL)) {
            desired.putStoragePoolDefinition(new StoragePoolDefinition(pool, Map.of(), UUID.randomUUID()));
        }
        desired.putResourceGroup(new ResourceGroup(
                ResourceGroup.DEFAULT_NAME,
                "",
                Map.of(),
                AutoSelectFilter.builder().build(),
                UUID.randomUUID()));
        desired.undoLog().clear();
        guarded = new GuardedState(desired, readers);
        writes = new WriteQueue(guarded, store);
        services = ControllerServices.create(writes, guarded, observed);
    }

    /** Waits for a service's future (at most 30 s: a bound for a hung call, not a speed claim). */
    public static <T> T await(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("service call failed", e);
        }
    }

    /** The ret codes of {@code replies}. */
    public static List<Long> retCodes(List<ApiCallRc> replies) {
        return replies.stream().map(ApiCallRc::retCode).toList();
    }

    public ControllerServices services() {
        return services;
    }

    public ObservedState observed() {
        return observed;
    }

    public WriteQueue writes() {
        return writes;
    }

    public ClusterView clusterView() {
        return new ClusterView(guarded);
    }

    public GuardedState guarded() {
        return guarded;
    }

    /** Every batch the store was asked to commit. */
    public List<List<Change>> commits() {
        return store.commits;
    }

    /** Registers a satellite node with one interface at {@code address}. */
    public List<ApiCallRc> createNode(String name, String address) {
        return await(services.nodes()
                .create(new NodeCreateRequest(
                        name, "Satellite", Map.of(), List.of(new NetInterfaceRequest("", address, null, "")))));
    }

    /** Creates a FILE_THIN pool on a node. */
    public List<ApiCallRc> createPool(String node, String pool) {
        return await(services.storagePools()
                .create(new StoragePoolCreateRequest(
                        node,
                        pool,
                        "FILE_THIN",
                        Map.of("StorDriver/StorPoolName", "/var/lib/linstorj/pools/" + pool))));
    }

    /** Creates a resource definition with an allocated port. */
    public List<ApiCallRc> createResourceDefinition(String name) {
        return await(services.resources()
                .definitions()
                .create(new ResourceDefinitionCreateRequest(name, null, Map.of(), "", List.of())));
    }

    /** Creates a volume definition with allocated number and minor. */
    public List<ApiCallRc> createVolumeDefinition(String resource, long sizeKib) {
        return await(services.resources()
                .volumeDefinitions()
                .create(resource, List.of(new VolumeDefinitionRequest(null, sizeKib, null, Map.of()))));
    }

    /** Creates a resource with the default pool chain. */
    public List<ApiCallRc> createResource(String resource, String node, String... flags) {
        return await(services.resources()
                .resources()
                .create(new ResourceCreateRequest(resource, node, Set.of(flags), "", Map.of())));
    }

    @Override
    public void close() {
        writes.close();
        readers.shutdownNow();
    }

    /** Records committed batches; can be told to fail. */
    private static final class RecordingStore implements DesiredStateStore {
        final List<List<Change>> commits = new CopyOnWriteArrayList<>();

        @Override
        public void loadInto(DesiredState state) {}

        @Override
        public void write(List<Change> changes) {
            commits.add(List.copyOf(changes));
        }

        @Override
        public void close() {}
    }
}

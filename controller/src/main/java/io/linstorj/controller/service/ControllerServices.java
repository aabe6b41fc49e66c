package io.linstorj.controller.service;

import io.linstorj.controller.autoplace.AutoplaceService;
import io.linstorj.controller.autoplace.Autoplacer;
import io.linstorj.controller.capacity.SizeQueryService;
import io.linstorj.controller.errorreport.ErrorReports;
import io.linstorj.controller.errorreport.InMemoryErrorReports;
import io.linstorj.controller.group.GroupServices;
import io.linstorj.controller.kv.KeyValueStoreService;
import io.linstorj.controller.node.NetInterfaceService;
import io.linstorj.controller.node.NodeReconnector;
import io.linstorj.controller.node.NodeService;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.props.ControllerPropsService;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.snapshot.SnapshotServices;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.SubmitterScope;
import io.linstorj.controller.state.WriteQueue;
import io.linstorj.controller.storage.StoragePoolDefinitionService;
import io.linstorj.controller.storage.StoragePoolService;
import java.time.Clock;

/**
 * The transport-agnostic services every adapter (client protocol, REST) calls.
 *
 * @param nodes nodes
 * @param netInterfaces net interfaces
 * @param storagePoolDefinitions storage pool definitions
 * @param storagePools storage pools
 * @param resources resource definitions, volume definitions, resources and toggle disk
 * @param keyValueStores key-value stores
 * @param controllerProps controller properties
 * @param autoplace automatic placement of replicas
 * @param groups resource groups, volume groups and spawn
 * @param sizes size queries (max volume size, size info) over the desired and observed state
 * @param snapshots snapshots: create, list, delete, restore, roll back
 * @param submitters names the client session whose call submits mutations, for fair writing
 * @param errorReports the controller's error reports (REST lists them; adapters report their faults)
 * @param state the committed desired state, for read-only views such as metrics
 * @param observed what satellites last reported, for read-only views such as metrics
 */
public record ControllerServices(
        NodeService nodes,
        NetInterfaceService netInterfaces,
        StoragePoolDefinitionService storagePoolDefinitions,
        StoragePoolService storagePools,
        ResourceServices resources,
        KeyValueStoreService keyValueStores,
        ControllerPropsService controllerProps,
        AutoplaceService autoplace,
        GroupServices groups,
        SizeQueryService sizes,
        SnapshotServices snapshots,
        SubmitterScope submitters,
        ErrorReports errorReports,
        GuardedState state,
        ObservedState observed) {

    /** Wires every service over one writer, one guarded desired state and the observed state; reports in memory. */
    public static ControllerServices create(WriteQueue writes, GuardedState state, ObservedState observed) {
        return create(writes, state, observed, new InMemoryErrorReports("Controller", "test", Clock.systemUTC(), 100));
    }

    /**
     * Wires every service over one writer, one guarded desired state, the observed state and the
     * error reports; nodes cannot be reconnected (no satellite links).
     */
    public static ControllerServices create(
            WriteQueue writes, GuardedState state, ObservedState observed, ErrorReports errorReports) {
        return create(writes, state, observed, errorReports, NodeReconnector.NONE);
    }

    /**
     * Wires every service over one writer, one guarded desired state, the observed state, the
     * error reports and the satellite links' {@code reconnector}.
     */
    public static ControllerServices create(
            WriteQueue writes,
            GuardedState state,
            ObservedState observed,
            ErrorReports errorReports,
            NodeReconnector reconnector) {
        ResourceServices resources = ResourceServices.create(writes, state, observed);
        Autoplacer autoplacer = new Autoplacer(state, observed, resources.replicaFactory());
        return new ControllerServices(
                new NodeService(writes, state, observed, reconnector),
                new NetInterfaceService(writes),
                new StoragePoolDefinitionService(writes, state),
                new StoragePoolService(writes, state, observed),
                resources,
                new KeyValueStoreService(writes, state),
                new ControllerPropsService(writes, state),
                new AutoplaceService(writes, autoplacer),
                GroupServices.create(writes, state, resources.definitionFactory(), autoplacer),
                new SizeQueryService(state, observed),
                SnapshotServices.create(writes, state, observed, resources, Clock.systemUTC()),
                writes.submitters(),
                errorReports,
                state,
                observed);
    }
}

package io.linstorj.controller.transport;

import io.linstorj.controller.kv.KeyValueStoreService;
import io.linstorj.controller.node.NetInterfaceService;
import io.linstorj.controller.node.NodeService;
import io.linstorj.controller.props.ControllerPropsService;
import io.linstorj.controller.resource.ResourceServices;
import io.linstorj.controller.storage.StoragePoolDefinitionService;
import io.linstorj.controller.storage.StoragePoolService;

/**
 * The transport-agnostic services a transport adapter (client protocol, later REST) calls.
 *
 * @param nodes nodes
 * @param netInterfaces net interfaces
 * @param storagePoolDefinitions storage pool definitions
 * @param storagePools storage pools
 * @param resources resource definitions, volume definitions and resources
 * @param keyValueStores key-value stores
 * @param controllerProps controller properties
 */
public record ControllerServices(
    NodeService nodes, NetInterfaceService netInterfaces, StoragePoolDefinitionService storagePoolDefinitions,
    StoragePoolService storagePools, ResourceServices resources, KeyValueStoreService keyValueStores,
    ControllerPropsService controllerProps) {
}

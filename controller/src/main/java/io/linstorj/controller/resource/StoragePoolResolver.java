package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.DesiredState;
import java.util.Map;

/**
 * Chooses the storage pool of a resource's volumes, as LINSTOR does: the resource's property
 * {@code StorPoolName}, else the node's, else the resource definition's, else {@code DfltStorPool};
 * diskless replicas use {@code DfltDisklessStorPool} unless their own property names a diskless pool.
 */
final class StoragePoolResolver {

    /** The pool named by the chain for a replica with {@code resourceProps} and {@code diskless}. */
    StoragePool resolve(
            DesiredState state,
            String resourceName,
            Node node,
            Map<String, String> resourceProps,
            boolean diskless,
            CallContext ctx) {
        String own = resourceProps.get(PropertyRules.STORAGE_POOL_NAME);
        if (diskless) {
            if (own != null) {
                StoragePool pool = named(state, node, own, ctx);
                if (pool.providerKind() == ProviderKind.DISKLESS) {
                    return pool;
                }
            }
            return defaulted(state, node, StoragePoolDefinition.DEFAULT_DISKLESS_POOL, ctx);
        }
        if (own != null) {
            return named(state, node, own, ctx);
        }
        String fromNode = node.props().get(PropertyRules.STORAGE_POOL_NAME);
        if (fromNode != null) {
            return named(state, node, fromNode, ctx);
        }
        ResourceDefinition definition = state.resourceDefinition(resourceName);
        String fromDefinition = definition.props().get(PropertyRules.STORAGE_POOL_NAME);
        if (fromDefinition != null) {
            return named(state, node, fromDefinition, ctx);
        }
        return defaulted(state, node, StoragePoolDefinition.DEFAULT_POOL, ctx);
    }

    /** The pool for a volume added to an existing replica. */
    String poolForNewVolume(DesiredState state, Resource replica, CallContext ctx) {
        Node node = state.node(replica.nodeName());
        return resolve(state, replica.resourceName(), node, replica.props(), replica.isDiskless(), ctx)
                .name();
    }

    /** The pool {@code poolName} on the node; FAIL_NOT_FOUND_STOR_POOL when missing. */
    StoragePool named(DesiredState state, Node node, String poolName, CallContext ctx) {
        StoragePool pool = state.storagePool(node.name(), poolName);
        if (pool == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_STOR_POOL,
                    "Storage pool '" + poolName + "' not found on node '" + node.name() + "'.",
                    "The resource's volumes would be placed in that pool.",
                    "Create the storage pool on the node or choose another one.");
        }
        return pool;
    }

    private static StoragePool defaulted(DesiredState state, Node node, String poolName, CallContext ctx) {
        StoragePool pool = state.storagePool(node.name(), poolName);
        if (pool == null) {
            throw ctx.refuse(
                    RetCodes.FAIL_NOT_FOUND_DFLT_STOR_POOL,
                    "Default storage pool '" + poolName + "' not found on node '" + node.name() + "'.",
                    "No storage pool was given, and neither the resource, the node nor the resource definition "
                            + "names one in property '" + PropertyRules.STORAGE_POOL_NAME + "'.",
                    "Create '" + poolName + "' on the node, give a storage pool, or set '"
                            + PropertyRules.STORAGE_POOL_NAME + "'.");
        }
        return pool;
    }
}

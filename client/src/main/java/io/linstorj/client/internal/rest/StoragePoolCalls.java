package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.named;
import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;

import io.linstorj.client.internal.rest.RestRequests.PropsModify;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCrtStorPool;
import io.linstorj.protocol.linstor.MsgCrtStorPoolDfn;
import io.linstorj.protocol.linstor.MsgDelStorPool;
import io.linstorj.protocol.linstor.MsgDelStorPoolDfn;
import io.linstorj.protocol.linstor.MsgModStorPool;
import io.linstorj.protocol.linstor.MsgModStorPoolDfn;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The storage pool and storage pool definition calls over REST:
 * {@code /v1/storage-pool-definitions[/{pool}]}, {@code /v1/nodes/{node}/storage-pools[/{pool}]}
 * and the list {@code /v1/view/storage-pools}. The definitions' list has no query filter in the
 * spec, so it is filtered by name here.
 */
final class StoragePoolCalls {
    private final RestRequests rest;

    StoragePoolCalls(RestRequests rest) {
        this.rest = rest;
    }

    RestAnswer createDefinition(String call, MsgCrtStorPoolDfn create, Duration timeout) {
        return rest.mutate(
                call,
                "POST",
                "/v1/storage-pool-definitions",
                JsonBodies.storagePoolDefinition(create.getStorPoolDfn()),
                timeout);
    }

    RestAnswer modifyDefinition(String call, MsgModStorPoolDfn modify, Duration timeout) {
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        return rest.modifyProps(
                call, "PUT", path("storage-pool-definitions", modify.getStorPoolName()), props, timeout);
    }

    RestAnswer deleteDefinition(String call, MsgDelStorPoolDfn delete, Duration timeout) {
        return rest.mutate(call, "DELETE", path("storage-pool-definitions", delete.getStorPoolName()), null, timeout);
    }

    RestAnswer listDefinitions(String call, Filter filter, Duration timeout) {
        Predicate<String> named = named(filter.getStorPoolNamesList());
        return rest.list(
                call,
                "/v1/storage-pool-definitions",
                timeout,
                json -> JsonViews.storagePoolDefinitionList(json, named));
    }

    RestAnswer create(String call, MsgCrtStorPool create, Duration timeout) {
        String path = path("nodes", create.getStorPool().getNodeName(), "storage-pools");
        return rest.mutate(call, "POST", path, JsonBodies.storagePool(create.getStorPool()), timeout);
    }

    RestAnswer modify(String call, MsgModStorPool modify, Duration timeout) {
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        String path = path("nodes", modify.getNodeName(), "storage-pools", modify.getStorPoolName());
        return rest.modifyProps(call, "PUT", path, props, timeout);
    }

    RestAnswer delete(String call, MsgDelStorPool delete, Duration timeout) {
        String path = path("nodes", delete.getNodeName(), "storage-pools", delete.getStorPoolName());
        return rest.mutate(call, "DELETE", path, null, timeout);
    }

    RestAnswer list(String call, Filter filter, Duration timeout) {
        String path = "/v1/view/storage-pools"
                + query("nodes", filter.getNodeNamesList(), "storage_pools", filter.getStorPoolNamesList());
        return rest.list(call, path, timeout, JsonViews::storagePoolList);
    }
}

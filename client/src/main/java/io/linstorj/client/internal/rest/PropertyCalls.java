package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.named;
import static io.linstorj.client.internal.rest.RestRequests.path;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.linstorj.client.internal.rest.RestRequests.PropsModify;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgDelCtrlProp;
import io.linstorj.protocol.linstor.MsgDelKvs;
import io.linstorj.protocol.linstor.MsgModCtrl;
import io.linstorj.protocol.linstor.MsgModKvs;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The controller property and key-value store calls over REST: {@code /v1/controller/properties}
 * and {@code /v1/key-value-store[/{store}]}. The stores' list has no query filter in the spec, so
 * it is filtered by name here.
 */
final class PropertyCalls {
    private static final String CONTROLLER_PROPERTIES = "/v1/controller/properties";

    private final RestRequests rest;

    PropertyCalls(RestRequests rest) {
        this.rest = rest;
    }

    /** All of the controller's properties: the list takes no filter. */
    RestAnswer listControllerProps(String call, Filter filter, Duration timeout) {
        return rest.list(call, CONTROLLER_PROPERTIES, timeout, JsonViews::controllerProps);
    }

    RestAnswer setControllerProps(String call, MsgModCtrl modify, Duration timeout) {
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        return rest.modifyProps(call, "POST", CONTROLLER_PROPERTIES, props, timeout);
    }

    RestAnswer deleteControllerProp(String call, MsgDelCtrlProp delete, Duration timeout) {
        // A key holds slashes: the modify body names it whole, which every controller reads alike.
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("delete_props").add(delete.getKey());
        return rest.mutate(call, "POST", CONTROLLER_PROPERTIES, json, timeout);
    }

    RestAnswer modifyKeyValueStore(String call, MsgModKvs modify, Duration timeout) {
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        return rest.modifyProps(call, "PUT", path("key-value-store", modify.getKvsName()), props, timeout);
    }

    RestAnswer deleteKeyValueStore(String call, MsgDelKvs delete, Duration timeout) {
        return rest.mutate(call, "DELETE", path("key-value-store", delete.getKvsName()), null, timeout);
    }

    RestAnswer listKeyValueStores(String call, Filter filter, Duration timeout) {
        Predicate<String> named = named(filter.getNamesList());
        return rest.list(call, "/v1/key-value-store", timeout, json -> JsonViews.keyValueStoreList(json, named));
    }
}

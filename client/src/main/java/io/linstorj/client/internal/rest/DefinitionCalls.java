package io.linstorj.client.internal.rest;

import static io.linstorj.client.internal.rest.RestRequests.path;
import static io.linstorj.client.internal.rest.RestRequests.query;

import io.linstorj.client.LinstorError;
import io.linstorj.client.internal.rest.RestRequests.PropsModify;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import io.linstorj.protocol.linstor.MsgDelVlmDfn;
import io.linstorj.protocol.linstor.MsgModRscDfn;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import java.time.Duration;
import java.util.List;

/**
 * The resource definition and volume definition calls over REST:
 * {@code /v1/resource-definitions[/{resource}]} (listed with their volume definitions) and
 * {@code /v1/resource-definitions/{resource}/volume-definitions[/{volume}]}.
 */
final class DefinitionCalls {
    private final RestRequests rest;

    DefinitionCalls(RestRequests rest) {
        this.rest = rest;
    }

    RestAnswer createResourceDefinition(String call, MsgCrtRscDfn create, Duration timeout) {
        return rest.mutate(call, "POST", "/v1/resource-definitions", JsonBodies.resourceDefinition(create), timeout);
    }

    /**
     * Changes the definition's properties; the other changes the message can carry are refused
     * before anything is sent, as this client has no REST body for them.
     */
    RestAnswer modifyResourceDefinition(String call, MsgModRscDfn modify, Duration timeout) {
        if (modify.hasRscDfnPort()
                || modify.hasDrbdPort()
                || modify.hasDrbdSecret()
                || modify.hasDrbdTransportType()
                || modify.hasDrbdNewRscPeerSlots()
                || modify.getLayerStackCount() > 0) {
            throw new LinstorError(call + " over REST changes only properties in this client; its port, secret,"
                    + " transport, peer slots or layers are not supported");
        }
        PropsModify props = new PropsModify(
                modify.getOverridePropsList(), modify.getDeletePropKeysList(), modify.getDelNamespacesList());
        return rest.modifyProps(call, "PUT", path("resource-definitions", modify.getRscName()), props, timeout);
    }

    RestAnswer deleteResourceDefinition(String call, MsgDelRscDfn delete, Duration timeout) {
        return rest.mutate(call, "DELETE", path("resource-definitions", delete.getRscName()), null, timeout);
    }

    RestAnswer listResourceDefinitions(String call, Filter filter, Duration timeout) {
        String path = "/v1/resource-definitions"
                + query(
                        "resource_definitions",
                        filter.getResourceNamesList(),
                        "with_volume_definitions",
                        List.of("true"));
        return rest.list(call, path, timeout, JsonViews::resourceDefinitionList);
    }

    RestAnswer createVolumeDefinition(String call, MsgCrtVlmDfn create, Duration timeout) {
        String path = path("resource-definitions", create.getRscName(), "volume-definitions");
        return rest.mutate(call, "POST", path, JsonBodies.volumeDefinition(create), timeout);
    }

    RestAnswer modifyVolumeDefinition(String call, MsgModVlmDfn modify, Duration timeout) {
        String path = volumeDefinition(modify.getRscName(), modify.getVlmNr());
        return rest.mutate(call, "PUT", path, JsonBodies.volumeDefinitionModify(modify), timeout);
    }

    RestAnswer deleteVolumeDefinition(String call, MsgDelVlmDfn delete, Duration timeout) {
        return rest.mutate(call, "DELETE", volumeDefinition(delete.getRscName(), delete.getVlmNr()), null, timeout);
    }

    private static String volumeDefinition(String resource, int volume) {
        return path("resource-definitions", resource, "volume-definitions", Integer.toString(volume));
    }
}

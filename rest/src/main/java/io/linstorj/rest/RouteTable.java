package io.linstorj.rest;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.props.ObjectKind;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.rest.endpoint.ControllerEndpoints;
import io.linstorj.rest.endpoint.ErrorReportEndpoints;
import io.linstorj.rest.endpoint.GroupEndpoints;
import io.linstorj.rest.endpoint.KeyValueStoreEndpoints;
import io.linstorj.rest.endpoint.NetInterfaceEndpoints;
import io.linstorj.rest.endpoint.NodeEndpoints;
import io.linstorj.rest.endpoint.PropsInfoEndpoints;
import io.linstorj.rest.endpoint.ResourceActionEndpoints;
import io.linstorj.rest.endpoint.ResourceConnectionEndpoints;
import io.linstorj.rest.endpoint.ResourceEndpoints;
import io.linstorj.rest.endpoint.SizeEndpoints;
import io.linstorj.rest.endpoint.SnapshotEndpoints;
import io.linstorj.rest.endpoint.StorageEndpoints;
import io.linstorj.rest.event.EventEndpoints;
import io.linstorj.rest.metrics.MetricsEndpoint;
import io.linstorj.rest.metrics.RestMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The REST API's routes in one place: every path LinstorJ serves with the endpoint that answers
 * it, then every further operation of the spec, answered 501 "not supported yet". Paths the spec
 * lacks but LINSTOR serves (single-object GETs, {@code /health}) are marked so.
 */
public final class RouteTable {
    private final List<Route> routes = new ArrayList<>();
    private final Set<String> served = new HashSet<>();

    private RouteTable() {}

    /**
     * The routes over {@code services}, with {@code /metrics} when {@code metrics} is given;
     * {@code version} is the controller's version, {@code files} runs the endpoints that read
     * files (error reports, scrapes), {@code events} answers the server-sent event streams;
     * a resource or definition DELETE waits up to {@code deletionWait} for its satellites.
     */
    public static List<Route> create(
            ControllerServices services,
            Replies replies,
            Clock clock,
            String version,
            Optional<RestMetrics> metrics,
            Executor files,
            EventEndpoints events,
            Duration deletionWait) {
        RouteTable table = new RouteTable();
        var controller = new ControllerEndpoints(services.controllerProps(), replies, version);
        table.add("GET", "/health", controller::health); // not in the spec
        table.add("GET", "/v1/controller/version", controller::version);
        table.add("GET", "/v1/controller/properties", controller::listProps);
        table.add("POST", "/v1/controller/properties", controller::modifyProps);
        table.add("DELETE", "/v1/controller/properties/{key}", controller::deleteProp);

        var nodes = new NodeEndpoints(services.nodes(), replies);
        table.add("GET", "/v1/nodes", nodes::list);
        table.add("POST", "/v1/nodes", nodes::create);
        table.add("GET", "/v1/nodes/{node}", nodes::get); // not in the spec
        table.add("PUT", "/v1/nodes/{node}", nodes::modify);
        table.add("DELETE", "/v1/nodes/{node}", nodes::delete);
        table.add("DELETE", "/v1/nodes/{node}/lost", nodes::deleteLost);
        table.add("PUT", "/v1/nodes/{node}/reconnect", nodes::reconnect);
        table.add("GET", "/v1/nodes/{node}/net-interfaces", nodes::listNetInterfaces);

        var storage = new StorageEndpoints(services.storagePoolDefinitions(), services.storagePools(), replies, clock);
        table.add("GET", "/v1/storage-pool-definitions", storage::listDefinitions);
        table.add("POST", "/v1/storage-pool-definitions", storage::createDefinition);
        table.add("GET", "/v1/storage-pool-definitions/{storagepool}", storage::getDefinition);
        table.add("PUT", "/v1/storage-pool-definitions/{storagepool}", storage::modifyDefinition);
        table.add("DELETE", "/v1/storage-pool-definitions/{storagepool}", storage::deleteDefinition);
        table.add("GET", "/v1/nodes/{node}/storage-pools", storage::listOnNode);
        table.add("POST", "/v1/nodes/{node}/storage-pools", storage::create);
        table.add("GET", "/v1/nodes/{node}/storage-pools/{storagepool}", storage::get); // not in the spec
        table.add("PUT", "/v1/nodes/{node}/storage-pools/{storagepool}", storage::modify);
        table.add("DELETE", "/v1/nodes/{node}/storage-pools/{storagepool}", storage::delete);
        table.add("GET", "/v1/view/storage-pools", storage::view);

        var resources = new ResourceEndpoints(services.resources(), replies, deletionWait);
        table.add("GET", "/v1/resource-definitions", resources::listDefinitions);
        table.add("POST", "/v1/resource-definitions", resources::createDefinition);
        table.add("GET", "/v1/resource-definitions/{resource}", resources::getDefinition); // not in the spec
        table.add("PUT", "/v1/resource-definitions/{resource}", resources::modifyDefinition);
        table.add("DELETE", "/v1/resource-definitions/{resource}", resources::deleteDefinition);
        table.add("GET", "/v1/resource-definitions/{resource}/volume-definitions", resources::listVolumeDefinitions);
        table.add("POST", "/v1/resource-definitions/{resource}/volume-definitions", resources::createVolumeDefinition);
        table.add(
                "GET",
                "/v1/resource-definitions/{resource}/volume-definitions/{volume_number}",
                resources::getVolumeDefinition); // not in the spec
        table.add(
                "PUT",
                "/v1/resource-definitions/{resource}/volume-definitions/{volume_number}",
                resources::modifyVolumeDefinition);
        table.add(
                "DELETE",
                "/v1/resource-definitions/{resource}/volume-definitions/{volume_number}",
                resources::deleteVolumeDefinition);
        table.add("GET", "/v1/resource-definitions/{resource}/resources", resources::listResources);
        table.add("POST", "/v1/resource-definitions/{resource}/resources", resources::createResources);
        table.add("GET", "/v1/resource-definitions/{resource}/resources/{node}", resources::getResource); // not in spec
        table.add("POST", "/v1/resource-definitions/{resource}/resources/{node}", resources::createResource);
        table.add("PUT", "/v1/resource-definitions/{resource}/resources/{node}", resources::modifyResource);
        table.add("DELETE", "/v1/resource-definitions/{resource}/resources/{node}", resources::deleteResource);
        table.add("GET", "/v1/resource-definitions/{resource}/resources/{node}/volumes", resources::listVolumes);
        table.add("GET", "/v1/view/resources", resources::view);

        var snapshots =
                new SnapshotEndpoints(services.snapshots(), services.resources().definitions(), replies);
        String rd = "/v1/resource-definitions/{resource}";
        table.add("GET", rd + "/snapshots", snapshots::list);
        table.add("POST", rd + "/snapshots", snapshots::create);
        table.add("GET", rd + "/snapshots/{snapshot}", snapshots::get);
        table.add("DELETE", rd + "/snapshots/{snapshot}", snapshots::delete);
        table.add("POST", rd + "/snapshot-restore-resource/{snapshot}", snapshots::restoreResource);
        table.add("POST", rd + "/snapshot-restore-volume-definition/{snapshot}", snapshots::restoreVolumeDefinitions);
        table.add("POST", rd + "/snapshot-rollback/{snapshot}", snapshots::rollback);
        table.add("GET", "/v1/view/snapshots", snapshots::view);
        table.add("POST", "/v1/actions/snapshot/multi", snapshots::createMulti);
        table.add("POST", rd + "/clone", snapshots::cloneDefinition);
        table.add("GET", rd + "/clone/{resourceClone}", snapshots::cloneStatus);

        // resource groups, volume groups, spawn and autoplace
        var groups = new GroupEndpoints(services.groups(), services.autoplace(), replies);
        table.add("GET", "/v1/resource-groups", groups::list);
        table.add("POST", "/v1/resource-groups", groups::create);
        table.add("GET", "/v1/resource-groups/{resource_group}", groups::get); // not in the spec
        table.add("PUT", "/v1/resource-groups/{resource_group}", groups::modify);
        table.add("DELETE", "/v1/resource-groups/{resource_group}", groups::delete);
        table.add("GET", "/v1/resource-groups/{resource_group}/volume-groups", groups::listVolumeGroups);
        table.add("POST", "/v1/resource-groups/{resource_group}/volume-groups", groups::createVolumeGroup);
        table.add(
                "GET",
                "/v1/resource-groups/{resource_group}/volume-groups/{volume_number}",
                groups::getVolumeGroup); // not in the spec
        table.add(
                "PUT", "/v1/resource-groups/{resource_group}/volume-groups/{volume_number}", groups::modifyVolumeGroup);
        table.add(
                "DELETE",
                "/v1/resource-groups/{resource_group}/volume-groups/{volume_number}",
                groups::deleteVolumeGroup);
        table.add("POST", "/v1/resource-groups/{resource_group}/spawn", groups::spawn);
        table.add("POST", "/v1/resource-definitions/{resource}/autoplace", groups::autoplace);

        // Size queries: max volume size and size info, from the placer's choices.
        var sizes = new SizeEndpoints(services.sizes(), replies, clock);
        table.add("OPTIONS", "/v1/query-max-volume-size", sizes::maxVolumeSize);
        table.add("GET", "/v1/resource-groups/{resource_group}/query-max-volume-size", sizes::groupMaxVolumeSize);
        table.add("POST", "/v1/resource-groups/{resource_group}/query-size-info", sizes::sizeInfo);
        table.add("POST", "/v1/queries/resource-groups/query-all-size-info", sizes::allSizeInfo);

        // Key-value stores, net interface changes, resource actions (toggle disk, make available,
        // activate, deactivate) and resource connections.
        var kv = new KeyValueStoreEndpoints(services.keyValueStores(), replies);
        table.add("GET", "/v1/key-value-store", kv::list);
        table.add("GET", "/v1/key-value-store/{instance}", kv::get);
        table.add("PUT", "/v1/key-value-store/{instance}", kv::modify);
        table.add("DELETE", "/v1/key-value-store/{instance}", kv::delete);
        var netIfs = new NetInterfaceEndpoints(services.nodes(), services.netInterfaces(), replies);
        table.add("POST", "/v1/nodes/{node}/net-interfaces", netIfs::create);
        table.add("GET", "/v1/nodes/{node}/net-interfaces/{netinterface}", netIfs::get); // not in the spec
        table.add("PUT", "/v1/nodes/{node}/net-interfaces/{netinterface}", netIfs::modify);
        table.add("DELETE", "/v1/nodes/{node}/net-interfaces/{netinterface}", netIfs::delete);
        var actions = new ResourceActionEndpoints(services.resources(), replies);
        String resource = "/v1/resource-definitions/{resource}/resources/{node}";
        table.add("POST", resource + "/make-available", actions::makeAvailable);
        table.add("PUT", resource + "/toggle-disk/diskless", actions::toDiskless);
        table.add("PUT", resource + "/toggle-disk/diskless/{disklesspool}", actions::toDisklessPool);
        table.add("PUT", resource + "/toggle-disk/diskful", actions::toDiskful);
        table.add("PUT", resource + "/toggle-disk/diskful/{storagepool}", actions::toDiskfulPool);
        table.add("POST", resource + "/activate", actions::activate);
        table.add("POST", resource + "/deactivate", actions::deactivate);
        var connections = new ResourceConnectionEndpoints(services.resources().connections(), replies);
        String connection = "/v1/resource-definitions/{resource}/resource-connections";
        table.add("GET", connection, connections::list);
        table.add("GET", connection + "/{node_a}/{node_b}", connections::get);
        table.add("PUT", connection + "/{node_a}/{node_b}", connections::modify);

        // Error reports and metrics.
        var errorReports = new ErrorReportEndpoints(services.errorReports(), replies, files);
        table.add("GET", "/v1/error-reports", errorReports::list);
        table.add("PATCH", "/v1/error-reports", errorReports::deleteRange);
        table.add("GET", "/v1/error-reports/{reportid}", errorReports::get);
        table.add("DELETE", "/v1/error-reports/{reportid}", errorReports::delete);
        metrics.ifPresent(registry ->
                table.add("GET", "/metrics", new MetricsEndpoint(registry, files)::scrape)); // not in the spec

        // Server-sent event streams (text/event-stream): LINSTOR's, then LinstorJ's watch streams.
        table.add("GET", "/v1/events/nodes", events::nodes);
        table.add("GET", "/v1/events/drbd/promotion", events::promotion);
        table.add("GET", "/v1/events/linstorj/resource-state", events::resourceState); // not in the spec
        table.add("GET", "/v1/events/linstorj/volume-disk-state", events::volumeDiskState); // not in the spec
        table.add("GET", "/v1/events/linstorj/snapshot-deployment", events::snapshotDeployment); // not in the spec

        // The property keys LinstorJ interprets on each kind of object (LINSTOR's PropsInfo maps).
        var info = new PropsInfoEndpoints(replies.json());
        table.add("GET", "/v1/controller/properties/info", info.of(ObjectKind.CONTROLLER));
        table.add("GET", "/v1/controller/properties/info/all", info::all);
        table.add("GET", "/v1/nodes/properties/info", info.of(ObjectKind.NODE));
        table.add("GET", "/v1/storage-pool-definitions/properties/info", info.of(ObjectKind.STORAGEPOOL_DEFINITION));
        table.add("GET", "/v1/nodes/{node}/storage-pools/properties/info", info.of(ObjectKind.STORAGEPOOL));
        table.add("GET", "/v1/resource-definitions/properties/info", info.of(ObjectKind.RESOURCE_DEFINITION));
        table.add(
                "GET",
                "/v1/resource-definitions/{resource}/volume-definitions/properties/info",
                info.of(ObjectKind.VOLUME_DEFINITION));
        table.add("GET", "/v1/resource-definitions/{resource}/resources/properties/info", info.of(ObjectKind.RESOURCE));
        table.add(
                "GET",
                "/v1/resource-definitions/{resource}/resources/{node}/volumes/properties/info",
                info.of(ObjectKind.VOLUME));
        table.add("GET", "/v1/resource-groups/properties/info", info.of(ObjectKind.RESOURCE_GROUP));
        table.add(
                "GET",
                "/v1/resource-groups/{resource_group}/volume-groups/properties/info",
                info.of(ObjectKind.VOLUME_GROUP));

        table.addNotSupported(replies);
        return List.copyOf(table.routes);
    }

    private void add(String method, String template, Endpoint endpoint) {
        routes.add(new Route(method, PathPattern.of(template), endpoint, true));
        served.add(method + " " + template);
    }

    private void addNotSupported(Replies replies) {
        for (String operation : SpecOperations.ALL) {
            if (served.contains(operation)) {
                continue;
            }
            String[] parts = operation.split(" ", 2);
            Endpoint notYet = call -> CompletableFuture.completedFuture(replies.refusal(
                    501,
                    RetCodes.UNKNOWN_API_CALL,
                    parts[0] + " " + parts[1] + " is not supported yet by LinstorJ.",
                    "See rest/README.md for the paths LinstorJ serves."));
            routes.add(new Route(parts[0], PathPattern.of(parts[1]), notYet, false));
        }
    }
}

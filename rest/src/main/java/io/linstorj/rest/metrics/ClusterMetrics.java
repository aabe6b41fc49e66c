package io.linstorj.rest.metrics;

import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.cluster.Node;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.errorreport.ErrorReports;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.state.GuardedState;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * LINSTOR's {@code linstor_*} families, built at each scrape from one consistent copy of the desired
 * state (taken under the read lock) and the observed state, so that a deleted object's series
 * disappears with it. Names, labels and the HELP texts of the state codes are LINSTOR's.
 */
final class ClusterMetrics implements MultiCollector {
    private static final List<String> NODE_STATES = List.of(
            "OFFLINE",
            "CONNECTED",
            "ONLINE",
            "VERSION_MISMATCH",
            "FULL_SYNC_FAILED",
            "AUTHENTICATION_ERROR",
            "UNKNOWN",
            "HOSTNAME_MISMATCH",
            "OTHER_CONTROLLER",
            "AUTHENTICATED",
            "NO_STLT_CONN",
            "MISSING_EXT_TOOLS",
            "DUPLICATE_UNAME");
    private static final int NODE_STATE_UNKNOWN = 6;
    private static final Map<String, Integer> VOLUME_STATES =
            Map.of("UpToDate", 1, "Created", 2, "Attached", 3, "Diskless", 4, "Inconsistent", 5, "Failed", 6);

    private final GuardedState state;
    private final ObservedState observed;
    private final ErrorReports errorReports;
    private final String version;

    ClusterMetrics(GuardedState state, ObservedState observed, ErrorReports errorReports, String version) {
        this.state = state;
        this.observed = observed;
        this.errorReports = errorReports;
        this.version = version;
    }

    @Override
    public MetricSnapshots collect() {
        Copy copy = state.read(desired -> new Copy(
                List.copyOf(desired.nodes().values()),
                List.copyOf(desired.resourceDefinitions().values()),
                List.copyOf(desired.volumeDefinitions().values()),
                List.copyOf(desired.resources().values()),
                List.copyOf(desired.volumes().values()),
                List.copyOf(desired.storagePools().values())));
        return MetricSnapshots.of(
                info(),
                nodeStates(copy.nodes()),
                gauge(
                        "linstor_resource_definition_count",
                        null,
                        List.of(point(copy.definitions().size(), Labels.EMPTY))),
                resourceCounts(copy),
                volumeDefinitionSizes(copy),
                resourceStates(copy.resources()),
                volumeStates(copy.volumes()),
                poolCapacity("linstor_storage_pool_capacity_free_bytes", copy.pools(), true),
                poolCapacity("linstor_storage_pool_capacity_total_bytes", copy.pools(), false),
                errorReportCounts());
    }

    private InfoSnapshot info() {
        return new InfoSnapshot(
                new MetricMetadata("linstor"),
                List.of(new InfoSnapshot.InfoDataPointSnapshot(Labels.of("version", version))));
    }

    private GaugeSnapshot nodeStates(List<Node> nodes) {
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        for (Node node : nodes) {
            NetInterface link = node.satelliteConnection().orElse(null);
            int code = NODE_STATES.indexOf(observed.connectionStatus(node.name()));
            points.add(point(
                    code < 0 ? NODE_STATE_UNKNOWN : code,
                    Labels.of(
                            "node",
                            node.name(),
                            "address",
                            link == null ? "" : link.address(),
                            "nodetype",
                            node.type().name(),
                            "encryption",
                            link == null ? "" : link.encryptionType(),
                            "port",
                            link == null ? "" : Integer.toString(link.satellitePort()))));
        }
        return gauge("linstor_node_state", codes(NODE_STATES, 0), points);
    }

    private static GaugeSnapshot resourceCounts(Copy copy) {
        Map<String, Long> replicasOf = copy.resources().stream()
                .collect(Collectors.groupingBy(resource -> Names.key(resource.resourceName()), Collectors.counting()));
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        for (ResourceDefinition definition : copy.definitions()) {
            long replicas = replicasOf.getOrDefault(Names.key(definition.name()), 0L);
            points.add(point(
                    replicas, Labels.of("resource_group", definition.resourceGroupName(), "name", definition.name())));
        }
        return gauge("linstor_resource_definition_resource_count", null, points);
    }

    private static GaugeSnapshot volumeDefinitionSizes(Copy copy) {
        Map<String, String> groupOf = new HashMap<>();
        copy.definitions()
                .forEach(definition -> groupOf.put(Names.key(definition.name()), definition.resourceGroupName()));
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        for (VolumeDefinition volume : copy.volumeDefinitions()) {
            String group = groupOf.getOrDefault(Names.key(volume.resourceName()), "");
            points.add(point(
                    volume.sizeKib() * 1024.0,
                    Labels.of(
                            "resource_group",
                            group,
                            "volume_number",
                            Integer.toString(volume.volumeNumber()),
                            "name",
                            volume.resourceName())));
        }
        return gauge("linstor_volume_definition_size_bytes", null, points);
    }

    private GaugeSnapshot resourceStates(List<Resource> resources) {
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        for (Resource resource : resources) {
            int code = observed.resource(resource.nodeName(), resource.resourceName())
                    .map(observation -> observation.inUse() ? 1 : 0)
                    .orElse(-1);
            points.add(point(code, Labels.of("node", resource.nodeName(), "name", resource.resourceName())));
        }
        return gauge("linstor_resource_state", "-1=\"unknown state\", 0=\"secondary\", 1=\"primary\"", points);
    }

    private GaugeSnapshot volumeStates(List<Volume> volumes) {
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        for (Volume volume : volumes) {
            var observation = observed.volume(volume.nodeName(), volume.resourceName(), volume.volumeNumber());
            int code = observation
                    .map(seen -> VOLUME_STATES.getOrDefault(seen.diskState(), -1))
                    .orElse(-1);
            points.add(point(
                    code,
                    Labels.of(
                            "volume",
                            Integer.toString(volume.volumeNumber()),
                            "node",
                            volume.nodeName(),
                            "resource",
                            volume.resourceName(),
                            "device_path",
                            observation.map(seen -> seen.devicePath()).orElse(""),
                            "storage_pool",
                            volume.storagePoolName())));
        }
        return gauge(
                "linstor_volume_state",
                "1=\"UpToDate\", 2=\"Created\", 3=\"Attached\", 4=\"Diskless\", "
                        + "5=\"Inconsistent\", 6=\"Failed\", -1=\"DUnknown\", ",
                points);
    }

    /** A pool nothing was reported for has no sample: "unknown" is not "0 bytes". Diskless pools hold 0. */
    private GaugeSnapshot poolCapacity(String name, List<StoragePool> pools, boolean free) {
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        for (StoragePool pool : pools) {
            OptionalLong kib = pool.providerKind() == ProviderKind.DISKLESS
                    ? OptionalLong.of(0)
                    : observed.storagePool(pool.nodeName(), pool.name())
                            .map(seen -> free ? seen.freeCapacityKib() : seen.totalCapacityKib())
                            .orElse(OptionalLong.empty());
            if (kib.isPresent()) {
                points.add(point(
                        kib.getAsLong() * 1024.0,
                        Labels.of(
                                "node",
                                pool.nodeName(),
                                "driver",
                                pool.providerKind().name(),
                                "backing_pool",
                                pool.props().getOrDefault(StoragePool.PROVIDER_POOL_PROP, ""),
                                "storage_pool",
                                pool.name())));
            }
        }
        return gauge(name, null, points);
    }

    /** LINSTOR's shape: the total without labels, then one sample per host and module. */
    private GaugeSnapshot errorReportCounts() {
        Map<ErrorReports.Origin, Long> counts = errorReports.counts();
        List<GaugeDataPointSnapshot> points = new ArrayList<>();
        points.add(point(counts.values().stream().mapToLong(Long::longValue).sum(), Labels.EMPTY));
        counts.forEach((origin, count) ->
                points.add(point(count, Labels.of("hostname", origin.hostname(), "module", origin.module()))));
        return gauge("linstor_error_reports_count", null, points);
    }

    private static String codes(List<String> names, int first) {
        StringBuilder help = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            help.append(first + i).append("=\"").append(names.get(i)).append("\", ");
        }
        return help.toString();
    }

    private static GaugeSnapshot gauge(String name, String help, List<GaugeDataPointSnapshot> points) {
        return new GaugeSnapshot(new MetricMetadata(name, help), points);
    }

    private static GaugeDataPointSnapshot point(double value, Labels labels) {
        return new GaugeDataPointSnapshot(value, labels, null);
    }

    private record Copy(
            List<Node> nodes,
            List<ResourceDefinition> definitions,
            List<VolumeDefinition> volumeDefinitions,
            List<Resource> resources,
            List<Volume> volumes,
            List<StoragePool> pools) {}
}

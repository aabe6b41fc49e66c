package io.linstorj.rest.json;

import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.group.ResourceGroupCreateRequest;
import io.linstorj.controller.group.ResourceGroupModifyRequest;
import io.linstorj.controller.group.SpawnRequest;
import io.linstorj.controller.group.VolumeGroupRequest;
import io.linstorj.controller.placement.AutoSelectFilter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The shapes of resource groups, volume groups, spawn and autoplace. Spec fields the services do
 * not act on ({@code peer_slots}, {@code snap_names}, {@code volume_passphrases},
 * {@code resource_definition_external_name} ...) are not here; {@link Json} refuses them as
 * not supported (501) by the spec schema each body names with {@link SpecSchema}.
 */
public final class GroupBodies {
    private GroupBodies() {}

    /** A resource group as answered; an empty description and no properties are left out. */
    public record ResourceGroupJson(
            String name, String description, Map<String, String> props, SelectFilterJson selectFilter, String uuid) {

        /** The wire form of {@code group}. */
        public static ResourceGroupJson of(ResourceGroup group) {
            return new ResourceGroupJson(
                    group.name(),
                    group.description().isEmpty() ? null : group.description(),
                    group.props().isEmpty() ? null : group.props(),
                    SelectFilterJson.of(group.selectFilter()),
                    group.uuid().toString());
        }
    }

    /** The body of POST /v1/resource-groups: the spec's ResourceGroup but {@code peer_slots} (answered 501). */
    @SpecSchema("ResourceGroup")
    public record ResourceGroupCreate(
            String name, String description, Map<String, String> props, SelectFilterJson selectFilter, String uuid) {

        /**
         * The request for the resource group service; a missing name is refused there as invalid.
         * A {@code uuid} is an answer-only field and refused.
         */
        public ResourceGroupCreateRequest toRequest() {
            SpecFields.absent("uuid", uuid, "The controller assigns a resource group's UUID.");
            return new ResourceGroupCreateRequest(
                    name == null ? "" : name,
                    description,
                    props == null ? Map.of() : NodeBodies.nonNullValues(props),
                    selectFilter == null ? null : selectFilter.toFilter(),
                    List.of());
        }
    }

    /** The body of PUT /v1/resource-groups/{resource_group}. */
    @SpecSchema("ResourceGroupModify")
    public record ResourceGroupModify(
            String description,
            Map<String, String> overrideProps,
            List<String> deleteProps,
            List<String> deleteNamespaces,
            SelectFilterJson selectFilter) {

        /** The request; an absent description or filter keeps the group's, a given filter replaces it whole. */
        public ResourceGroupModifyRequest toRequest(String name) {
            return new ResourceGroupModifyRequest(
                    name,
                    new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces).toChange(),
                    description,
                    selectFilter == null ? null : selectFilter.toFilter());
        }
    }

    /** A volume group as answered and as created (VolumeGroup). */
    @SpecSchema("VolumeGroup")
    public record VolumeGroupJson(Integer volumeNumber, Map<String, String> props, String uuid, List<String> flags) {

        /** The wire form of {@code group}. */
        public static VolumeGroupJson of(VolumeGroup group) {
            return new VolumeGroupJson(
                    group.volumeNumber(),
                    group.props().isEmpty() ? null : group.props(),
                    group.uuid().toString(),
                    group.flags().isEmpty() ? null : List.copyOf(group.flags()));
        }

        /**
         * The request for the volume group service; a missing number takes the lowest free one.
         * A {@code uuid} is an answer-only field and refused.
         */
        public VolumeGroupRequest toRequest() {
            if (uuid != null) {
                throw new JsonInputException("uuid is assigned by the controller; leave it out of a create.");
            }
            return new VolumeGroupRequest(
                    volumeNumber,
                    props == null ? Map.of() : NodeBodies.nonNullValues(props),
                    new HashSet<>(SelectFilterJson.strings(flags, "flags")));
        }
    }

    /** The body of PUT /v1/resource-groups/{resource_group}/volume-groups/{volume_number}: properties. */
    @SpecSchema("VolumeGroupModify")
    public record VolumeGroupModify(
            Map<String, String> overrideProps, List<String> deleteProps, List<String> deleteNamespaces) {

        /** The property part of the change. */
        public PropsModifyJson props() {
            return new PropsModifyJson(overrideProps, deleteProps, deleteNamespaces);
        }
    }

    /**
     * The body of POST /v1/resource-groups/{resource_group}/spawn (ResourceGroupSpawn).
     *
     * @param partial true to allow fewer sizes than volume groups (the last go unused) or more
     *     (the extra volume definitions take no volume group's properties)
     */
    @SpecSchema("ResourceGroupSpawn")
    public record Spawn(
            String resourceDefinitionName,
            List<Long> volumeSizes,
            SelectFilterJson selectFilter,
            Boolean partial,
            Boolean definitionsOnly) {

        /** The spawn request of group {@code groupName}. */
        public SpawnRequest toRequest(String groupName) {
            if (volumeSizes != null && volumeSizes.contains(null)) {
                throw new JsonInputException("volume_sizes holds null; every size must be a number of KiB.");
            }
            return new SpawnRequest(
                    groupName,
                    resourceDefinitionName == null ? "" : resourceDefinitionName,
                    volumeSizes == null ? List.of() : volumeSizes,
                    Boolean.TRUE.equals(partial),
                    Boolean.TRUE.equals(definitionsOnly),
                    selectFilter == null ? null : selectFilter.toFilter());
        }
    }

    /**
     * The body of POST /v1/resource-definitions/{resource}/autoplace (AutoPlaceRequest); a missing
     * {@code select_filter} (the body {@code {}}) places by the resource group's filter alone.
     */
    @SpecSchema("AutoPlaceRequest")
    public record AutoPlace(SelectFilterJson selectFilter, Boolean disklessOnRemaining, List<String> layerList) {

        /**
         * The filter: {@code diskless_on_remaining} and {@code layer_list} complete the select
         * filter's own fields.
         *
         * @throws JsonInputException if {@code layer_list} and the filter's {@code layer_stack} differ
         */
        public AutoSelectFilter toFilter() {
            AutoSelectFilter filter =
                    selectFilter == null ? AutoSelectFilter.builder().build() : selectFilter.toFilter();
            List<String> layers = SelectFilterJson.strings(layerList, "layer_list");
            if (!layers.isEmpty() && !filter.layerStack().isEmpty() && !layers.equals(filter.layerStack())) {
                throw new JsonInputException("layer_list " + layers + " differs from select_filter.layer_stack "
                        + filter.layerStack() + "; give the layers once.");
            }
            return filter.toBuilder()
                    .layerStack(layers.isEmpty() ? filter.layerStack() : layers)
                    .disklessOnRemaining(filter.disklessOnRemaining() || Boolean.TRUE.equals(disklessOnRemaining))
                    .build();
        }
    }
}

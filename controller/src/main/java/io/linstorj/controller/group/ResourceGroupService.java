package io.linstorj.controller.group;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.TextRules;
import io.linstorj.controller.cluster.Names;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.ResourceGroup;
import io.linstorj.controller.cluster.VolumeGroup;
import io.linstorj.controller.placement.AutoSelectFilter;
import io.linstorj.controller.placement.PlacementRefusal;
import io.linstorj.controller.props.PropertyRules;
import io.linstorj.controller.state.ColumnLimits;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.WriteQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Creates, modifies, deletes and lists resource groups. {@value ResourceGroup#DEFAULT_NAME}
 * exists from the start and cannot be deleted.
 */
public final class ResourceGroupService {
    /** Longest description, in characters. */
    static final int MAX_DESCRIPTION = ColumnLimits.DESCRIPTION;
    /** Longest text field of a stored select filter, in characters. */
    static final int MAX_FILTER_TEXT = ColumnLimits.FILTER_TEXT;
    /** Most characters all entries of one select filter list may have together. */
    static final int MAX_FILTER_LIST = 65536;

    private final WriteQueue writes;
    private final GuardedState state;

    /** Creates the service. */
    public ResourceGroupService(WriteQueue writes, GuardedState state) {
        this.writes = writes;
        this.state = state;
    }

    /** Creates a resource group with its volume groups, all or nothing. */
    public CompletableFuture<List<ApiCallRc>> create(ResourceGroupCreateRequest request) {
        CallContext ctx = GroupLookup.context(RetCodes.MASK_CRT, request.name());
        return writes.submit(desired -> {
            NameRules.resourceGroupName(request.name(), ctx);
            PropertyRules.check(request.props(), ctx);
            checkDescription(request.description(), ctx);
            checkFilter(request.selectFilter(), ctx);
            ResourceGroup existing = desired.resourceGroup(request.name());
            if (existing != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_EXISTS_RSC_GRP,
                        "Resource group '" + existing.name() + "' already exists.",
                        "A resource group of that name (ignoring case) exists.",
                        "Choose another name or use the existing group.");
            }
            ResourceGroup group = new ResourceGroup(
                    request.name(), request.description(), request.props(), request.selectFilter(), UUID.randomUUID());
            desired.putResourceGroup(group);
            List<ApiCallRc> replies = new ArrayList<>();
            replies.add(ctx.rc(RetCodes.CREATED, "Resource group '" + group.name() + "' created.")
                    .withDetails("Resource group '" + group.name() + "' UUID is: " + group.uuid()));
            for (VolumeGroupRequest volumeGroup : request.volumeGroups()) {
                replies.add(VolumeGroups.create(desired, group, volumeGroup));
            }
            return replies;
        });
    }

    /** Changes a group's properties, and its description and select filter when the request gives them. */
    public CompletableFuture<List<ApiCallRc>> modify(ResourceGroupModifyRequest request) {
        CallContext ctx = GroupLookup.context(RetCodes.MASK_MOD, request.name());
        return writes.submit(desired -> {
            ResourceGroup group = GroupLookup.existing(desired, request.name(), ctx);
            PropertyRules.check(request.props().overrides(), ctx);
            ResourceGroup changed = group.withProps(request.props().applyTo(group.props()));
            if (request.description() != null) {
                checkDescription(request.description(), ctx);
                changed = changed.withDescription(request.description());
            }
            if (request.selectFilter() != null) {
                checkFilter(request.selectFilter(), ctx);
                changed = changed.withSelectFilter(request.selectFilter());
            }
            desired.putResourceGroup(changed);
            return List.of(ctx.rc(RetCodes.MODIFIED, "Resource group '" + group.name() + "' modified."));
        });
    }

    /**
     * Deletes a resource group and its volume groups; refused with FAIL_IN_USE while resource
     * definitions belong to it, and for {@value ResourceGroup#DEFAULT_NAME}; WARN_NOT_FOUND when absent.
     */
    public CompletableFuture<List<ApiCallRc>> delete(String name) {
        CallContext ctx = GroupLookup.context(RetCodes.MASK_DEL, name);
        return writes.submit(desired -> {
            NameRules.resourceGroupName(name, ctx);
            ResourceGroup group = desired.resourceGroup(name);
            if (group == null) {
                return List.of(ctx.rc(RetCodes.WARN_NOT_FOUND, "Resource group '" + name + "' not found."));
            }
            if (group.isDefault()) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Resource group '" + group.name() + "' cannot be deleted.",
                        "It is the default group: resource definitions created without a group belong to it.",
                        "Keep it; delete other groups only.");
            }
            List<String> users = definitionsIn(desired, group);
            if (!users.isEmpty()) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Resource group '" + group.name() + "' is still in use.",
                        "Resource definitions belong to it: " + String.join(", ", users) + ".",
                        "Delete these resource definitions first.");
            }
            for (VolumeGroup volumeGroup : List.copyOf(desired.volumeGroupsOf(group.name()))) {
                desired.removeVolumeGroup(volumeGroup.resourceGroupName(), volumeGroup.volumeNumber());
            }
            desired.removeResourceGroup(group.name());
            return List.of(ctx.rc(RetCodes.DELETED, "Resource group '" + group.name() + "' deleted."));
        });
    }

    /** Lists the groups named in {@code names} (all when empty), with their volume groups. */
    public CompletableFuture<List<ResourceGroupView>> list(Collection<String> names) {
        Set<String> keys = names.stream().map(Names::key).collect(Collectors.toCollection(TreeSet::new));
        return state.readAsync(desired -> {
            List<ResourceGroupView> views = new ArrayList<>();
            Collection<ResourceGroup> groups = keys.isEmpty()
                    ? desired.resourceGroups().values()
                    : keys.stream()
                            .map(key -> desired.resourceGroups().get(key))
                            .filter(group -> group != null)
                            .toList();
            for (ResourceGroup group : groups) {
                views.add(new ResourceGroupView(group, List.copyOf(desired.volumeGroupsOf(group.name()))));
            }
            return views;
        });
    }

    private static List<String> definitionsIn(DesiredState desired, ResourceGroup group) {
        List<String> names = new ArrayList<>();
        for (ResourceDefinition definition : desired.resourceDefinitions().values()) {
            if (definition.resourceGroupName().equalsIgnoreCase(group.name())) {
                names.add(definition.name());
            }
        }
        return names;
    }

    private static void checkDescription(String description, CallContext ctx) {
        if (description.length() > MAX_DESCRIPTION) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_REQUEST,
                    "The description has " + description.length() + " characters, more than " + MAX_DESCRIPTION + ".",
                    "Descriptions are short texts for people.",
                    "Shorten the description.");
        }
        TextRules.check(description, MAX_DESCRIPTION, "description", RetCodes.FAIL_INVLD_REQUEST, ctx);
    }

    /** Checks the filter as placement will, and that it fits the database. */
    private static void checkFilter(AutoSelectFilter filter, CallContext ctx) {
        SelectFilterLimits.check(filter, ctx);
        Optional<PlacementRefusal> invalid = filter.validate();
        if (invalid.isPresent()) {
            throw ctx.refuse(
                    invalid.get().retCode(),
                    "Invalid select filter: " + invalid.get().message(),
                    invalid.get().cause(),
                    invalid.get().correction());
        }
        for (String text : new String[] {filter.storagePool(), filter.notPlaceWithRscRegex(), filter.disklessType()}) {
            if (text != null && text.length() > MAX_FILTER_TEXT) {
                throw tooLong(
                        ctx,
                        "A select filter field has " + text.length() + " characters, more than " + MAX_FILTER_TEXT
                                + ".");
            }
            TextRules.check(text, MAX_FILTER_TEXT, "select filter field", RetCodes.FAIL_INVLD_REQUEST, ctx);
        }
        for (List<String> list : List.of(
                filter.nodeNameList(),
                filter.storagePoolList(),
                filter.storagePoolDisklessList(),
                filter.notPlaceWithRsc(),
                filter.replicasOnSame(),
                filter.replicasOnDifferent(),
                filter.layerStack(),
                filter.providerList())) {
            if (list.stream().mapToLong(String::length).sum() > MAX_FILTER_LIST) {
                throw tooLong(ctx, "A select filter list has more than " + MAX_FILTER_LIST + " characters.");
            }
        }
    }

    private static RuntimeException tooLong(CallContext ctx, String message) {
        return ctx.refuse(
                RetCodes.FAIL_INVLD_REQUEST,
                message,
                "The select filter is stored with the group.",
                "Shorten the filter.");
    }
}

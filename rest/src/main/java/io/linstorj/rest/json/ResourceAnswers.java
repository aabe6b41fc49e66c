package io.linstorj.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.resource.ResourceDefinitionView;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeView;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resource shapes of the spec as answered (ResourceDefinition, VolumeDefinition, Resource,
 * Volume), written field by field to the generator: a list of 10,000 definitions or resources is
 * written without a value object per item; their layer data as {@link LayerAnswers} says. Empty properties and flags are left out, as the
 * mapper's NON_NULL rule left out the nulls that stood for them.
 */
public final class ResourceAnswers {
    private ResourceAnswers() {}

    /** A list of definitions, each with its volume definitions when {@code withVolumes}. */
    public static JsonWriting definitions(List<ResourceDefinitionView> views, boolean withVolumes) {
        return generator -> {
            generator.writeStartArray();
            for (ResourceDefinitionView view : views) {
                definition(generator, view.definition(), withVolumes ? view.volumeDefinitions() : null);
            }
            generator.writeEndArray();
        };
    }

    /** One definition without its volume definitions. */
    public static JsonWriting definition(ResourceDefinition definition) {
        return generator -> definition(generator, definition, null);
    }

    /** A list of volume definitions. */
    public static JsonWriting volumeDefinitions(List<VolumeDefinition> definitions) {
        return generator -> {
            generator.writeStartArray();
            for (VolumeDefinition definition : definitions) {
                volumeDefinition(generator, definition);
            }
            generator.writeEndArray();
        };
    }

    /** One volume definition. */
    public static JsonWriting volumeDefinition(VolumeDefinition definition) {
        return generator -> volumeDefinition(generator, definition);
    }

    /** A list of resources, each with its volumes when {@code withVolumes} (the view). */
    public static JsonWriting resources(List<ResourceView> views, boolean withVolumes) {
        return generator -> {
            generator.writeStartArray();
            for (ResourceView view : views) {
                resource(generator, view, withVolumes);
            }
            generator.writeEndArray();
        };
    }

    /** One resource without its volumes. */
    public static JsonWriting resource(ResourceView view) {
        return generator -> resource(generator, view, false);
    }

    /** One resource with its volumes, as an item of the view. */
    public static JsonWriting resourceWithVolumes(ResourceView view) {
        return generator -> resource(generator, view, true);
    }

    /** The volumes of a resource. */
    public static JsonWriting volumes(ResourceView resource) {
        boolean drbdDown = drbdDown(resource);
        return generator -> {
            generator.writeStartArray();
            for (VolumeView view : resource.volumes()) {
                volume(generator, view, drbdDown);
            }
            generator.writeEndArray();
        };
    }

    private static void definition(
            JsonGenerator generator, ResourceDefinition definition, List<VolumeDefinition> volumes) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("name", definition.name());
        props(generator, definition.props());
        flags(generator, definition.flags());
        LayerAnswers.definitionLayerData(generator, definition);
        generator.writeStringField("uuid", definition.uuid().toString());
        if (definition.resourceGroupName() != null) {
            generator.writeStringField("resource_group_name", definition.resourceGroupName());
        }
        if (volumes != null) {
            generator.writeArrayFieldStart("volume_definitions");
            for (VolumeDefinition volume : volumes) {
                volumeDefinition(generator, volume);
            }
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    private static void volumeDefinition(JsonGenerator generator, VolumeDefinition definition) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField("volume_number", definition.volumeNumber());
        generator.writeNumberField("size_kib", definition.sizeKib());
        props(generator, definition.props());
        flags(generator, definition.flags());
        LayerAnswers.volumeDefinitionLayerData(generator, definition);
        generator.writeStringField("uuid", definition.uuid().toString());
        generator.writeEndObject();
    }

    private static void resource(JsonGenerator generator, ResourceView view, boolean withVolumes) throws IOException {
        Resource resource = view.resource();
        generator.writeStartObject();
        generator.writeStringField("name", resource.resourceName());
        generator.writeStringField("node_name", resource.nodeName());
        props(generator, resource.props());
        flags(generator, resource.flags());
        boolean drbdDown = drbdDown(view);
        LayerAnswers.layerObject(generator, view, drbdDown);
        // As LINSTOR: a state only once the satellite has reported the resource.
        if (view.observation().isPresent()) {
            generator.writeObjectFieldStart("state");
            generator.writeBooleanField("in_use", view.observation().get().inUse());
            generator.writeEndObject();
        }
        generator.writeStringField("uuid", resource.uuid().toString());
        if (withVolumes) {
            generator.writeArrayFieldStart("volumes");
            for (VolumeView volume : view.volumes()) {
                volume(generator, volume, drbdDown);
            }
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    /** True when the satellite reported the replica deactivated: no DRBD device, so no DRBD disk state. */
    private static boolean drbdDown(ResourceView view) {
        return view.observation().map(ResourceObservation::inactive).orElse(false);
    }

    private static void volume(JsonGenerator generator, VolumeView view, boolean drbdDown) throws IOException {
        var volume = view.volume();
        Optional<VolumeObservation> observed = view.observation();
        generator.writeStartObject();
        generator.writeNumberField("volume_number", volume.volumeNumber());
        generator.writeStringField("storage_pool_name", volume.storagePoolName());
        generator.writeStringField("provider_kind", view.providerKind().name());
        String devicePath = observed.map(VolumeObservation::devicePath).orElse(null);
        if (devicePath != null && !devicePath.isEmpty() && !drbdDown) {
            generator.writeStringField("device_path", devicePath);
        }
        if (observed.isPresent() && observed.get().allocatedSizeKib().isPresent()) {
            generator.writeNumberField(
                    "allocated_size_kib", observed.get().allocatedSizeKib().getAsLong());
        }
        props(generator, volume.props());
        LayerAnswers.layerDataList(generator, view, drbdDown);
        generator.writeStringField("uuid", volume.uuid().toString());
        if (observed.isPresent()) {
            generator.writeObjectFieldStart("state");
            if (observed.get().diskState() != null && !drbdDown) {
                generator.writeStringField("disk_state", observed.get().diskState());
            }
            generator.writeEndObject();
        }
        generator.writeEndObject();
    }

    private static void props(JsonGenerator generator, Map<String, String> props) throws IOException {
        if (props.isEmpty()) {
            return;
        }
        generator.writeObjectFieldStart("props");
        for (Map.Entry<String, String> prop : props.entrySet()) {
            generator.writeStringField(prop.getKey(), prop.getValue());
        }
        generator.writeEndObject();
    }

    private static void flags(JsonGenerator generator, Collection<String> flags) throws IOException {
        if (flags.isEmpty()) {
            return;
        }
        generator.writeArrayFieldStart("flags");
        for (String flag : flags) {
            generator.writeString(flag);
        }
        generator.writeEndArray();
    }
}

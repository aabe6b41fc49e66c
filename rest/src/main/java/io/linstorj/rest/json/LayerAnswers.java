package io.linstorj.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.cluster.VolumeDefinition;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeView;
import java.io.IOException;
import java.util.Optional;

/**
 * The layer data of definitions, resources and volumes as LINSTOR answers it: {@code layer_data}
 * of a ResourceDefinition and a VolumeDefinition (DRBD with its port or minor, then STORAGE),
 * {@code layer_object} of a Resource (ResourceLayer: DRBD with one STORAGE child) and {@code
 * layer_data_list} of a Volume (VolumeLayer: the DRBD entry, then the STORAGE entry). Every replica of LinstorJ is DRBD over
 * STORAGE. Values come from the desired state (node id, minor) and what the satellite last
 * reported (DRBD device, disk state, backing device, allocated size); a value not known is left
 * out, never guessed. A deactivated replica has no DRBD device, so no DRBD device path or disk
 * state; a diskless replica has no backing device and no storage device.
 */
final class LayerAnswers {
    /** What the satellite reports as the backing disk of a diskless replica's volume. */
    private static final String NO_DISK = "none";

    private LayerAnswers() {}

    /** The {@code layer_object} field of a resource. */
    static void layerObject(JsonGenerator generator, ResourceView view, boolean drbdDown) throws IOException {
        generator.writeObjectFieldStart("layer_object");
        generator.writeArrayFieldStart("children");
        generator.writeStartObject();
        generator.writeStringField("type", "STORAGE");
        generator.writeObjectFieldStart("storage");
        generator.writeArrayFieldStart("storage_volumes");
        for (VolumeView volume : view.volumes()) {
            generator.writeStartObject();
            storageVolume(generator, volume);
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeEndObject();
        generator.writeEndArray();
        generator.writeStringField("type", "DRBD");
        generator.writeObjectFieldStart("drbd");
        generator.writeNumberField("node_id", view.resource().nodeId());
        generator.writeArrayFieldStart("drbd_volumes");
        for (VolumeView volume : view.volumes()) {
            generator.writeStartObject();
            drbdVolume(generator, volume, drbdDown);
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeEndObject();
    }

    /**
     * A definition's {@code layer_data}: DRBD over storage, as every LinstorJ resource is, with the
     * definition's DRBD port (what {@code linstor resource-definition list} shows as Port). The
     * shared secret stays out: it goes only to satellites, over the authenticated link; and the
     * peer slots, which the satellite sizes per resource, are left to its DRBD configuration.
     */
    static void definitionLayerData(JsonGenerator generator, ResourceDefinition definition) throws IOException {
        generator.writeArrayFieldStart("layer_data");
        generator.writeStartObject();
        generator.writeStringField("type", "DRBD");
        generator.writeObjectFieldStart("data");
        generator.writeStringField("resource_name_suffix", "");
        if (definition.port() >= 0) {
            generator.writeNumberField("port", definition.port());
        }
        generator.writeStringField(
                "transport_type",
                definition.transportType() == null ? ResourceDefinition.TRANSPORT_IP : definition.transportType());
        generator.writeBooleanField("down", false);
        generator.writeEndObject();
        generator.writeEndObject();
        storageOnly(generator);
        generator.writeEndArray();
    }

    /** A volume definition's {@code layer_data}: its DRBD minor, then storage. */
    static void volumeDefinitionLayerData(JsonGenerator generator, VolumeDefinition definition) throws IOException {
        generator.writeArrayFieldStart("layer_data");
        generator.writeStartObject();
        generator.writeStringField("type", "DRBD");
        generator.writeObjectFieldStart("data");
        generator.writeStringField("resource_name_suffix", "");
        generator.writeNumberField("volume_number", definition.volumeNumber());
        if (definition.minorNumber() >= 0) {
            generator.writeNumberField("minor_number", definition.minorNumber());
        }
        generator.writeEndObject();
        generator.writeEndObject();
        storageOnly(generator);
        generator.writeEndArray();
    }

    private static void storageOnly(JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("type", "STORAGE");
        generator.writeEndObject();
    }

    /** The {@code layer_data_list} field of a volume. */
    static void layerDataList(JsonGenerator generator, VolumeView volume, boolean drbdDown) throws IOException {
        generator.writeArrayFieldStart("layer_data_list");
        generator.writeStartObject();
        generator.writeStringField("type", "DRBD");
        generator.writeObjectFieldStart("data");
        drbdVolume(generator, volume, drbdDown);
        generator.writeEndObject();
        generator.writeEndObject();
        generator.writeStartObject();
        generator.writeStringField("type", "STORAGE");
        generator.writeObjectFieldStart("data");
        storageVolume(generator, volume);
        generator.writeEndObject();
        generator.writeEndObject();
        generator.writeEndArray();
    }

    /** The fields of a DrbdVolume. */
    private static void drbdVolume(JsonGenerator generator, VolumeView view, boolean drbdDown) throws IOException {
        int volumeNumber = view.volume().volumeNumber();
        generator.writeObjectFieldStart("drbd_volume_definition");
        generator.writeNumberField("volume_number", volumeNumber);
        if (view.minorNumber() >= 0) {
            generator.writeNumberField("minor_number", view.minorNumber());
        }
        generator.writeEndObject();
        Optional<VolumeObservation> observed = view.observation();
        if (observed.isEmpty()) {
            return;
        }
        if (!drbdDown) {
            writeIfKnown(generator, "device_path", observed.get().devicePath());
        }
        Optional<String> disk = backingDisk(observed.get());
        if (disk.isPresent()) {
            generator.writeStringField("backing_device", disk.get());
        }
        if (!drbdDown) {
            writeIfKnown(generator, "disk_state", observed.get().diskState());
        }
    }

    /** The fields of a StorageVolume: the backing device, which a diskless replica has not. */
    private static void storageVolume(JsonGenerator generator, VolumeView view) throws IOException {
        generator.writeNumberField("volume_number", view.volume().volumeNumber());
        Optional<VolumeObservation> observed = view.observation();
        Optional<String> disk = observed.flatMap(LayerAnswers::backingDisk);
        if (disk.isEmpty()) {
            return;
        }
        generator.writeStringField("device_path", disk.get());
        if (observed.get().allocatedSizeKib().isPresent()) {
            generator.writeNumberField(
                    "allocated_size_kib", observed.get().allocatedSizeKib().getAsLong());
        }
    }

    /** The reported backing device; empty when none was reported or the replica is diskless. */
    private static Optional<String> backingDisk(VolumeObservation observed) {
        String disk = observed.backingDisk();
        return disk == null || disk.isEmpty() || NO_DISK.equals(disk) ? Optional.empty() : Optional.of(disk);
    }

    private static void writeIfKnown(JsonGenerator generator, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            generator.writeStringField(field, value);
        }
    }
}

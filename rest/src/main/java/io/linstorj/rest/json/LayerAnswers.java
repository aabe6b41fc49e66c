package io.linstorj.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.linstorj.controller.observed.VolumeObservation;
import io.linstorj.controller.resource.ResourceView;
import io.linstorj.controller.resource.VolumeView;
import java.io.IOException;
import java.util.Optional;

/**
 * The layer data of a resource and its volumes as LINSTOR answers it: {@code layer_object} of a
 * Resource (ResourceLayer: DRBD with one STORAGE child) and {@code layer_data_list} of a Volume
 * (VolumeLayer: the DRBD entry, then the STORAGE entry). Every replica of LinstorJ is DRBD over
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

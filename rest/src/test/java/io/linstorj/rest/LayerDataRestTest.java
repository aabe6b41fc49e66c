package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.controller.observed.ResourceObservation;
import io.linstorj.controller.observed.VolumeObservation;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definition's {@code layer_data}, a resource's {@code layer_object} and its volumes' {@code
 * layer_data_list}, as LINSTOR answers them for DRBD over STORAGE: filled from the desired state and the satellites' reports, nothing
 * guessed. Every answer is checked against the spec by {@link RestFixture}.
 */
class LayerDataRestTest {
    private static final String R1 = "/v1/resource-definitions/r1/resources/";
    private static final String BACKING = "/var/lib/linstorj/pools/p/r1_00000.img";

    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNodesWithThinPools("alpha", "bravo");
        rest.createDefinition("r1", 1024);
        assertThat(rest.post(R1 + "alpha", "{}").status()).isEqualTo(201);
        assertThat(rest.post(R1 + "bravo", "{\"drbd_client\":true}").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void aDiskfulVolumeListsItsDrbdLayerOverItsStorageLayer() {
        reportDiskful();
        int minor = minor();

        JsonNode volume = rest.get(R1 + "alpha/volumes").json().get(0);
        JsonNode layers = volume.get("layer_data_list");

        assertThat(layers).hasSize(2);
        assertThat(layers.get(0).get("type").asText()).isEqualTo("DRBD");
        JsonNode drbd = layers.get(0).get("data");
        assertThat(drbd.at("/drbd_volume_definition/volume_number").asInt()).isZero();
        assertThat(drbd.at("/drbd_volume_definition/minor_number").asInt()).isEqualTo(minor);
        assertThat(drbd.get("device_path").asText()).isEqualTo("/dev/drbd" + minor);
        assertThat(drbd.get("backing_device").asText()).isEqualTo(BACKING);
        assertThat(drbd.get("disk_state").asText()).isEqualTo("UpToDate");
        assertThat(layers.get(1).get("type").asText()).isEqualTo("STORAGE");
        JsonNode storage = layers.get(1).get("data");
        assertThat(storage.get("volume_number").asInt()).isZero();
        assertThat(storage.get("device_path").asText()).isEqualTo(BACKING);
        assertThat(storage.get("allocated_size_kib").asLong()).isEqualTo(1032);
        assertThat(storage.has("usable_size_kib")).as("not reported").isFalse();
    }

    @Test
    void definitionsListTheirDrbdPortAndMinorsInLayerDataWithoutTheSecret() {
        int port = rest.controller()
                .services()
                .resources()
                .definitions()
                .list(List.of("r1"))
                .join()
                .get(0)
                .definition()
                .port();

        for (JsonNode definition : List.of(
                rest.get("/v1/resource-definitions/r1").json(),
                rest.get("/v1/resource-definitions?with_volume_definitions=true")
                        .json()
                        .get(0))) {
            JsonNode layers = definition.get("layer_data");
            assertThat(layers).hasSize(2);
            assertThat(layers.get(0).get("type").asText()).isEqualTo("DRBD");
            assertThat(layers.get(0).at("/data/port").asInt()).isEqualTo(port);
            assertThat(layers.get(0).at("/data/transport_type").asText()).isEqualTo("IP");
            assertThat(layers.get(0).get("data").has("secret"))
                    .as("the secret goes to satellites only")
                    .isFalse();
            assertThat(layers.get(1).get("type").asText()).isEqualTo("STORAGE");
        }
        JsonNode volumeLayers = rest.get("/v1/resource-definitions/r1/volume-definitions/0")
                .json()
                .get("layer_data");
        assertThat(volumeLayers.get(0).at("/data/volume_number").asInt()).isZero();
        assertThat(volumeLayers.get(0).at("/data/minor_number").asInt()).isEqualTo(minor());
        assertThat(volumeLayers.get(1).get("type").asText()).isEqualTo("STORAGE");
    }

    @Test
    void aDiskfulResourceHasADrbdLayerObjectWithItsNodeIdAndAStorageChild() {
        reportDiskful();

        JsonNode resource = rest.get(R1 + "alpha").json();
        JsonNode layer = resource.get("layer_object");

        assertThat(layer.get("type").asText()).isEqualTo("DRBD");
        assertThat(layer.at("/drbd/node_id").isInt()).isTrue();
        JsonNode drbdVolume = layer.at("/drbd/drbd_volumes/0");
        assertThat(drbdVolume.get("backing_device").asText()).isEqualTo(BACKING);
        assertThat(drbdVolume.get("disk_state").asText()).isEqualTo("UpToDate");
        JsonNode child = layer.get("children").get(0);
        assertThat(child.get("type").asText()).isEqualTo("STORAGE");
        assertThat(child.at("/storage/storage_volumes/0/device_path").asText()).isEqualTo(BACKING);
        assertThat(resource.at("/state/in_use").asBoolean()).isFalse();
    }

    @Test
    void aDisklessVolumeHasNoBackingDeviceInEitherLayer() {
        rest.controller().services().observed().updateResource("bravo", "r1", new ResourceObservation(true, false));
        rest.controller()
                .services()
                .observed()
                .updateVolume(
                        "bravo",
                        "r1",
                        0,
                        new VolumeObservation("none", "/dev/drbd" + minor(), "Diskless", OptionalLong.empty()));

        JsonNode volume = rest.get("/v1/view/resources?nodes=bravo").json().at("/0/volumes/0");
        JsonNode drbd = volume.at("/layer_data_list/0/data");
        JsonNode storage = volume.at("/layer_data_list/1/data");

        assertThat(volume.get("provider_kind").asText()).isEqualTo("DISKLESS");
        assertThat(drbd.get("disk_state").asText()).isEqualTo("Diskless");
        assertThat(drbd.get("device_path").asText()).isEqualTo("/dev/drbd" + minor());
        assertThat(drbd.has("backing_device")).isFalse();
        assertThat(storage.get("volume_number").asInt()).isZero();
        assertThat(storage.has("device_path")).isFalse();
        assertThat(storage.has("allocated_size_kib")).isFalse();
    }

    @Test
    void beforeTheSatelliteReportsOnlyTheDesiredMinorAndNoStateAreGiven() {
        JsonNode resource = rest.get("/v1/view/resources?nodes=alpha").json().get(0);
        JsonNode drbd = resource.at("/volumes/0/layer_data_list/0/data");

        assertThat(resource.has("state"))
                .as("as LINSTOR: no state until reported")
                .isFalse();
        assertThat(drbd.at("/drbd_volume_definition/minor_number").asInt()).isEqualTo(minor());
        assertThat(drbd.has("device_path")).isFalse();
        assertThat(drbd.has("backing_device")).isFalse();
        assertThat(drbd.has("disk_state")).isFalse();
        assertThat(resource.at("/volumes/0/layer_data_list/1/data").size()).isEqualTo(1);
    }

    @Test
    void aDeactivatedReplicaKeepsItsBackingDeviceButShowsNoDrbdDevice() {
        rest.post(R1 + "alpha/deactivate", null);
        var observed = rest.controller().services().observed();
        observed.updateResource("alpha", "r1", new ResourceObservation(false, false, List.of(), true));
        observed.updateVolume(
                "alpha", "r1", 0, new VolumeObservation(BACKING, "/dev/drbd" + minor(), "Unknown", OptionalLong.of(0)));

        JsonNode drbd = rest.get(R1 + "alpha/volumes").json().at("/0/layer_data_list/0/data");

        assertThat(drbd.get("backing_device").asText()).isEqualTo(BACKING);
        assertThat(drbd.has("device_path")).isFalse();
        assertThat(drbd.has("disk_state")).isFalse();
    }

    private void reportDiskful() {
        var observed = rest.controller().services().observed();
        observed.updateResource("alpha", "r1", new ResourceObservation(true, false));
        observed.updateVolume(
                "alpha",
                "r1",
                0,
                new VolumeObservation(BACKING, "/dev/drbd" + minor(), "UpToDate", OptionalLong.of(1032)));
    }

    /** The minor the controller gave volume 0 of r1 (the same on every node). */
    private int minor() {
        return rest.controller()
                .services()
                .resources()
                .resources()
                .list(List.of("alpha"), List.of("r1"))
                .join()
                .get(0)
                .volumes()
                .get(0)
                .minorNumber();
    }
}

package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.protocol.proto.Volume;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A REST Volume read into the client protocol's message: where its backing disk and minor come from. */
class JsonViewsVolumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDrbdVolumesBackingDiskIsWhatDrbdSitsOn() throws IOException {
        Volume volume = read("{\"volume_number\":0,\"provider_kind\":\"FILE_THIN\",\"device_path\":\"/dev/drbd1000\","
                + "\"layer_data_list\":[{\"type\":\"DRBD\",\"data\":{\"drbd_volume_definition\":{\"minor_number\":1000},"
                + "\"backing_device\":\"/dev/loop3\",\"disk_state\":\"UpToDate\"}},"
                + "{\"type\":\"STORAGE\",\"data\":{\"volume_number\":0,\"device_path\":\"/dev/loop3\"}}]}");

        assertThat(volume.getBackingDisk()).isEqualTo("/dev/loop3");
        assertThat(volume.getMinorNumber()).isEqualTo(1000);
        assertThat(volume.getDiskState()).isEqualTo("UpToDate");
    }

    @Test
    void aDisklessDrbdVolumeHasNoBackingDisk() throws IOException {
        Volume volume = read("{\"volume_number\":0,\"provider_kind\":\"DISKLESS\",\"layer_data_list\":["
                + "{\"type\":\"DRBD\",\"data\":{\"disk_state\":\"Diskless\"}},"
                + "{\"type\":\"STORAGE\",\"data\":{\"volume_number\":0}}]}");

        assertThat(volume.getBackingDisk()).isEmpty();
    }

    @Test
    void aVolumeWithoutLayerDataHasNoBackingDisk() throws IOException {
        assertThat(read("{\"volume_number\":0,\"device_path\":\"/dev/drbd1000\"}")
                        .getBackingDisk())
                .isEmpty();
    }

    private static Volume read(String json) throws IOException {
        return JsonViews.volume(JSON.readTree(json));
    }
}

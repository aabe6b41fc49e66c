package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Vlm;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A REST Volume read into the wire's {@code Vlm}: where its backing disk, minor and provider kind come from. */
class JsonViewsVolumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDrbdVolumesBackingDiskIsWhatDrbdSitsOn() throws IOException {
        Vlm volume = read("{\"volume_number\":0,\"provider_kind\":\"FILE_THIN\",\"device_path\":\"/dev/drbd1000\","
                + "\"layer_data_list\":[{\"type\":\"DRBD\",\"data\":{\"drbd_volume_definition\":{\"minor_number\":1000},"
                + "\"backing_device\":\"/dev/loop3\",\"disk_state\":\"UpToDate\"}},"
                + "{\"type\":\"STORAGE\",\"data\":{\"volume_number\":0,\"device_path\":\"/dev/loop3\"}}]}");

        assertThat(volume.getBackingDisk()).isEqualTo("/dev/loop3");
        assertThat(volume.getMinorNr()).isEqualTo(1000);
        assertThat(volume.getDiskState()).isEqualTo("UpToDate");
    }

    @Test
    void aFileKindIsLinstorsUnknownProviderNamedInTheAddition() throws IOException {
        Vlm volume = read("{\"volume_number\":0,\"provider_kind\":\"FILE_THIN\",\"storage_pool_name\":\"sp1\"}");

        assertThat(volume.getProviderKind()).isEqualTo(ProviderType.UNKNOWN_PROVIDER);
        assertThat(volume.getProviderKindName()).isEqualTo("FILE_THIN");
        assertThat(read("{\"volume_number\":0,\"provider_kind\":\"LVM_THIN\"}").getProviderKind())
                .isEqualTo(ProviderType.LVM_THIN);
    }

    @Test
    void whatTheSatelliteDidNotReportStaysUnset() throws IOException {
        Vlm volume = read("{\"volume_number\":1,\"provider_kind\":\"DISKLESS\"}");

        assertThat(volume.getVlmNr()).isEqualTo(1);
        assertThat(volume.hasDevicePath()).isFalse();
        assertThat(volume.hasDiskState()).isFalse();
        assertThat(volume.hasAllocatedSize()).isFalse();
        assertThat(volume.hasMinorNr()).isFalse();
    }

    @Test
    void aDisklessDrbdVolumeHasNoBackingDisk() throws IOException {
        Vlm volume = read("{\"volume_number\":0,\"provider_kind\":\"DISKLESS\",\"layer_data_list\":["
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

    private static Vlm read(String json) throws IOException {
        return JsonViews.volume(JSON.readTree(json));
    }
}

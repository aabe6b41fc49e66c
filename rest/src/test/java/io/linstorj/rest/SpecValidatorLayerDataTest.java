package io.linstorj.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How {@link SpecValidator} checks a volume's layer data: by the schema its type names. */
class SpecValidatorLayerDataTest {
    private static final String VOLUMES = "/v1/resource-definitions/r1/resources/alpha/volumes";

    private final SpecValidator spec = new SpecValidator(SpecFile.locate());

    @Test
    void linbitsOwnStorageLayerDataConforms() throws IOException {
        Path recorded = SpecFile.locate().resolveSibling("rest-examples-live").resolve("044-vlm-list-r1-alpha.json");
        ObjectMapper json = new ObjectMapper();
        String body = json.writeValueAsString(
                json.readTree(Files.readString(recorded)).at("/response/body"));

        assertThat(spec.validate("GET", VOLUMES, 200, body).getMessages()).isEmpty();
    }

    @Test
    void aFieldTheLayerTypesSchemaDoesNotNameIsRefused() {
        String storageWithDrbdField = volumeWith("{\"type\":\"STORAGE\",\"data\":{\"backing_device\":\"/dev/loop3\"}}");
        String drbdWithWrongType =
                volumeWith("{\"type\":\"DRBD\",\"data\":{\"drbd_volume_definition\":{\"minor_number\":\"x\"}}}");

        assertThat(spec.validate("GET", VOLUMES, 200, storageWithDrbdField).getMessages())
                .isNotEmpty();
        assertThat(spec.validate("GET", VOLUMES, 200, drbdWithWrongType).getMessages())
                .isNotEmpty();
    }

    @Test
    void drbdAndStorageDataOfTheirOwnSchemasConform() {
        String body = volumeWith("{\"type\":\"DRBD\",\"data\":{\"drbd_volume_definition\":{\"volume_number\":0,"
                + "\"minor_number\":1000},\"device_path\":\"/dev/drbd1000\",\"backing_device\":\"/dev/loop3\","
                + "\"disk_state\":\"UpToDate\"}},{\"type\":\"STORAGE\",\"data\":{\"volume_number\":0,"
                + "\"device_path\":\"/dev/loop3\",\"allocated_size_kib\":8}}");

        assertThat(spec.validate("GET", VOLUMES, 200, body).getMessages()).isEmpty();
    }

    private static String volumeWith(String layers) {
        return "[{\"volume_number\":0,\"storage_pool_name\":\"p\",\"provider_kind\":\"FILE_THIN\","
                + "\"layer_data_list\":[" + layers + "],\"uuid\":\"4b7b5d03-0137-4add-b7d1-52a4539bd8a8\"}]";
    }
}

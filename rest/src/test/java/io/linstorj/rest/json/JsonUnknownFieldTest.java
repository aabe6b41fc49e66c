package io.linstorj.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.linstorj.common.RetCodes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A field its body record does not know: one the spec gives the body's schema is "not supported"
 * (501) naming its JSON path, any other is a parse error (400) naming it.
 */
class JsonUnknownFieldTest {
    private final Json json = new Json();

    private UnsupportedFieldException unsupported(String body, Class<?> type) {
        return catchThrowableOfType(
                UnsupportedFieldException.class, () -> json.read(body.getBytes(StandardCharsets.UTF_8), type));
    }

    private JsonInputException unparsable(String body, Class<?> type) {
        return catchThrowableOfType(
                JsonInputException.class, () -> json.read(body.getBytes(StandardCharsets.UTF_8), type));
    }

    @Test
    void specFieldTheRecordLacksIsNotSupportedAndNamed() {
        var refusal = unsupported("{\"name\":\"rg1\",\"peer_slots\":7}", GroupBodies.ResourceGroupCreate.class);
        assertThat(refusal.reply().retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(refusal.reply().message()).isEqualTo("The field peer_slots is not supported by LinstorJ.");
        assertThat(refusal.reply().details()).isEqualTo("Field: peer_slots");
        assertThat(refusal.reply().cause()).contains("ResourceGroup");
        assertThat(refusal.reply().correction()).isEqualTo("Leave peer_slots out.");
    }

    @Test
    void nestedSpecFieldIsNamedWithItsPath() {
        assertThat(unsupported("{\"select_filter\":{\"port_count\":2}}", GroupBodies.ResourceGroupModify.class)
                        .reply()
                        .details())
                .isEqualTo("Field: select_filter.port_count");
        assertThat(unsupported("{\"select_filter\":{\"overprovision\":1.5}}", SizeBodies.SizeInfoRequest.class)
                        .reply()
                        .details())
                .isEqualTo("Field: select_filter.overprovision");
    }

    @Test
    void aRecordOfSeveralSchemasNamesThemAll() {
        assertThat(unsupported("{\"select_filter\":{\"port_count\":1}}", SizeBodies.SizeInfoRequest.class)
                        .reply()
                        .cause())
                .contains("QuerySizeInfoRequest / QueryAllSizeInfoRequest");
    }

    @Test
    void specFieldIsNotSupportedWhateverItsValue() {
        for (String value : new String[] {"null", "[]", "false", "{}", "\"\""}) {
            assertThat(unsupported("{\"snap_names\":" + value + "}", GroupBodies.AutoPlace.class))
                    .as(value)
                    .isNotNull();
        }
    }

    @Test
    void fieldOutsideTheSpecIsUnparsableAndNamedWithItsPath() {
        assertThat(unparsable("{\"name\":\"rg1\",\"bogus\":1}", GroupBodies.ResourceGroupCreate.class)
                        .getMessage())
                .contains("'bogus'");
        assertThat(unparsable(
                                "[{\"resource\":{\"node_name\":\"n1\",\"bogus\":1}}]",
                                ResourceBodies.ResourceCreate[].class)
                        .getMessage())
                .contains("'resource.bogus'");
        assertThat(unparsable(
                                "{\"resource_definition\":{\"name\":\"r\",\"layer_data\":[{\"type\":\"DRBD\",\"bogus\":1}]}}",
                                ResourceBodies.DefinitionCreate.class)
                        .getMessage())
                .contains("'resource_definition.layer_data[].bogus'");
    }

    @Test
    void aFieldOfAnotherSchemaIsOutsideThisBodysSpec() {
        // peer_slots is ResourceGroup's, not AutoSelectFilter's.
        assertThat(unparsable("{\"select_filter\":{\"peer_slots\":3}}", GroupBodies.ResourceGroupCreate.class)
                        .getMessage())
                .contains("'select_filter.peer_slots'");
    }
}

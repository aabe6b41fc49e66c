package io.linstorj.rest;

import static io.linstorj.common.RetCodes.*;
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

/** POST …/resources/{node}/deactivate and …/activate, with LINSTOR's codes. */
class ResourceActivationRestTest {
    private static final String R1 = "/v1/resource-definitions/r1/resources/";

    @TempDir
    Path dataDir;

    private RestFixture rest;

    @BeforeEach
    void start() {
        rest = new RestFixture(dataDir);
        rest.createNodesWithThinPools("alpha", "bravo", "charlie");
        rest.createDefinition("r1", 1024);
        assertThat(rest.post(R1 + "alpha", "{}").status()).isEqualTo(201);
        assertThat(rest.post(R1 + "bravo", "{}").status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void deactivatedResourceIsListedInactiveAndActivatedAgain() {
        RestAnswer deactivated = rest.post(R1 + "bravo/deactivate", null);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(deactivated.firstMessage()).isEqualTo("Resource deactivated on 'bravo'");
        assertThat(rest.flags(R1 + "bravo")).containsExactly("INACTIVE");
        assertThat(rest.get(R1 + "bravo/volumes").json()).hasSize(1);
        JsonNode list =
                rest.get("/v1/resource-definitions/r1/resources?nodes=bravo").json();
        assertThat(list.get(0).get("flags").get(0).asText()).isEqualTo("INACTIVE");

        RestAnswer activated = rest.post(R1 + "bravo/activate", "");

        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.firstMessage()).isEqualTo("Resource activated on 'bravo'");
        assertThat(rest.flags(R1 + "bravo")).isEmpty();
    }

    @Test
    void aDeactivatedResourceShowsWhatItsSatelliteReported() {
        rest.post(R1 + "bravo/deactivate", null);
        var observed = rest.controller().services().observed();
        observed.updateResource("bravo", "r1", new ResourceObservation(false, false, List.of(), true));
        observed.updateVolume(
                "bravo",
                "r1",
                0,
                new VolumeObservation(
                        "/var/lib/linstorj/pools/p/r1_00000.img", "/dev/drbd1000", "Unknown", OptionalLong.of(1024)));

        JsonNode resource = rest.get(R1 + "bravo").json();
        JsonNode volume = rest.get("/v1/view/resources?nodes=bravo")
                .json()
                .get(0)
                .get("volumes")
                .get(0);

        assertThat(resource.get("flags").toString()).isEqualTo("[\"INACTIVE\"]");
        assertThat(resource.get("state").get("in_use").asBoolean()).isFalse();
        assertThat(volume.has("device_path"))
                .as("no DRBD device while deactivated")
                .isFalse();
        assertThat(volume.get("state").has("disk_state")).isFalse();
        assertThat(volume.get("allocated_size_kib").asLong()).isEqualTo(1024);
        assertThat(rest.get(R1 + "bravo/volumes").json().get(0).get("state").has("disk_state"))
                .isFalse();
    }

    @Test
    void repeatingTheSameActionAnswersNoop() {
        RestAnswer answer = rest.post(R1 + "alpha/activate", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | INFO_NOOP);
        assertThat(answer.firstMessage()).isEqualTo("Resource is already activated. Noop");
    }

    @Test
    void resourceInUseIsNotDeactivated() {
        rest.controller().services().observed().updateResource("bravo", "r1", new ResourceObservation(true, true));

        RestAnswer answer = rest.post(R1 + "bravo/deactivate", null);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_IN_USE);
        assertThat(rest.flags(R1 + "bravo")).isEmpty();
    }

    @Test
    void unknownNodeDefinitionOrReplicaAnswers404AndBadNamesAnswer400() {
        RestAnswer node = rest.post(R1 + "nosuchnode/activate", null);
        assertThat(node.status()).isEqualTo(404);
        assertThat(node.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_NODE);
        assertThat(node.firstMessage()).isEqualTo("Node 'nosuchnode' not found.");
        RestAnswer definition = rest.post("/v1/resource-definitions/nosuch/resources/alpha/deactivate", null);
        assertThat(definition.status()).isEqualTo(404);
        assertThat(definition.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC_DFN);
        RestAnswer replica = rest.post(R1 + "charlie/deactivate", null);
        assertThat(replica.status()).isEqualTo(404);
        assertThat(replica.firstRetCode()).isEqualTo(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(rest.post(R1 + "bad_name!/deactivate", null).status()).isEqualTo(400);
        assertThat(rest.get(R1 + "alpha/deactivate").status()).isIn(404, 405);
    }
}

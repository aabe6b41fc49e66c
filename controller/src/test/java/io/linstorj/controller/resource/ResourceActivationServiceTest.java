package io.linstorj.controller.resource;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.TestNodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.observed.ResourceObservation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceActivationServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final TestNodes nodes = new TestNodes(fixture);
    private final ResourceActivationService activation =
            fixture.services().resources().activation();

    @BeforeEach
    void createReplicas() {
        for (String node : List.of("alpha", "bravo")) {
            nodes.online(node);
            nodes.createPool(node, "DfltStorPool", "LVM");
        }
        nodes.resource("web", 100);
        TestNodes.check(fixture.createResource("web", "alpha"));
        TestNodes.check(fixture.createResource("web", "bravo"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResourceView replica(String node) {
        return await(fixture.services().resources().resources().list(List.of(node), List.of("web")))
                .get(0);
    }

    @Test
    void deactivatedReplicaIsFlaggedInactiveAndKeepsItsVolumesAndNodeId() {
        ResourceView before = replica("bravo");

        List<ApiCallRc> replies = await(activation.deactivate("web", "bravo"));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(replies.get(0).message()).isEqualTo("Resource deactivated on 'bravo'");
        ResourceView after = replica("bravo");
        assertThat(after.resource().flags()).containsExactly(Resource.FLAG_INACTIVE);
        assertThat(after.resource().nodeId()).isEqualTo(before.resource().nodeId());
        assertThat(after.volumes()).isEqualTo(before.volumes());
        assertThat(replica("alpha").resource().flags()).isEmpty();
    }

    @Test
    void activatingClearsTheInactiveFlag() {
        await(activation.deactivate("web", "bravo"));

        List<ApiCallRc> replies = await(activation.activate("WEB", "Bravo"));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(replies.get(0).message()).isEqualTo("Resource activated on 'bravo'");
        assertThat(replica("bravo").resource().flags()).isEmpty();
    }

    @Test
    void deactivatingAnInactiveOrActivatingAnActiveReplicaChangesNothing() {
        assertThat(retCodes(await(activation.activate("web", "alpha"))))
                .containsExactly(MASK_RSC | MASK_MOD | INFO_NOOP);
        await(activation.deactivate("web", "alpha"));
        int commits = fixture.commits().size();

        List<ApiCallRc> replies = await(activation.deactivate("web", "alpha"));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | INFO_NOOP);
        assertThat(replies.get(0).message()).isEqualTo("Resource is already deactivated. Noop");
        assertThat(fixture.commits()).hasSize(commits);
    }

    @Test
    void replicaInUseCannotBeDeactivated() {
        fixture.observed().updateResource("bravo", "web", new ResourceObservation(true, true));

        List<ApiCallRc> replies = await(activation.deactivate("web", "bravo"));

        assertThat(retCodes(replies)).containsExactly(MASK_RSC | MASK_MOD | FAIL_IN_USE);
        assertThat(replies.get(0).message()).isEqualTo("Cannot deactivate a resource while being in use!");
        assertThat(replica("bravo").resource().flags()).isEmpty();
    }

    @Test
    void disklessReplicaCanBeDeactivatedAsInLinstor() {
        nodes.online("charlie");
        TestNodes.check(fixture.createResource("web", "charlie", "DRBD_DISKLESS"));

        assertThat(retCodes(await(activation.deactivate("web", "charlie"))))
                .containsExactly(MASK_RSC | MASK_MOD | MODIFIED);
        assertThat(replica("charlie").resource().isInactive()).isTrue();
    }

    @Test
    void missingNodeDefinitionOrReplicaIsNamed() {
        nodes.online("charlie");

        assertThat(retCodes(await(activation.deactivate("web", "nosuchnode"))))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_NODE);
        assertThat(retCodes(await(activation.activate("nosuch", "alpha"))))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC_DFN);
        assertThat(retCodes(await(activation.deactivate("web", "charlie"))))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_NOT_FOUND_RSC);
        assertThat(retCodes(await(activation.deactivate("web", "bad name!"))))
                .containsExactly(MASK_RSC | MASK_MOD | FAIL_INVLD_NODE_NAME);
    }

    @Test
    void toggleDiskKeepsTheInactiveFlag() {
        await(activation.deactivate("web", "bravo"));

        TestNodes.check(await(fixture.services().resources().toggleDisk().toggle("web", "bravo", true, "")));

        assertThat(replica("bravo").resource().flags()).contains(Resource.FLAG_INACTIVE, Resource.FLAG_DISKLESS);
    }
}

package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResourceGroupTest {
    private final FakeCluster cluster = new FakeCluster();
    private FakeController controller;
    private String uri;

    @BeforeEach
    void startController() {
        controller = FakeController.start();
        controller.answerWith(cluster);
        uri = controller.uri();
    }

    @AfterEach
    void stopController() {
        controller.close();
    }

    @Test
    void firstSetterCreatesTheGroupAndLaterOnesKeepTheOtherFields() {
        ResourceGroup gold = new ResourceGroup("gold", uri);
        assertThat(controller.drainCallNames()).isEmpty();
        assertThat(gold.exists()).isFalse();
        assertThat(gold.getRedundancy()).isNull();

        gold.setRedundancy(3);
        gold.setStoragePool("ssd");

        assertThat(controller.drainCallNames()).containsSubsequence(ApiCalls.CRT_RSC_GRP, ApiCalls.MOD_RSC_GRP);
        assertThat(cluster.groupFilter("gold").getPlaceCount()).isEqualTo(3);
        assertThat(cluster.groupFilter("gold").getStoragePool()).isEqualTo("ssd");
        assertThat(gold.getRedundancy()).isEqualTo(3);
        assertThat(gold.getStoragePool()).isEqualTo("ssd");

        gold.setStoragePool(null);
        assertThat(gold.getStoragePool()).isNull();
        assertThat(gold.getRedundancy()).isEqualTo(3);
    }

    @Test
    void createResourceSpawnsWithSizesInKibAndReturnsTheResource() throws Exception {
        ResourceGroup gold = new ResourceGroup("gold", uri);
        gold.setRedundancy(2);

        Resource db = gold.createResource("db1", List.of("20 MiB", 4L * 1024 * 1024, 1000));

        MsgSpawnRscDfn spawn = controller.takeCall(ApiCalls.SPAWN_RSC_DFN).body(0, MsgSpawnRscDfn.parser());
        assertThat(spawn.getRscGrpName()).isEqualTo("gold");
        assertThat(spawn.getVlmSizesList()).containsExactly(20480L, 4096L, 1L);
        assertThat(db.getName()).isEqualTo("db1");
        assertThat(db.getVolumes()).containsOnlyKeys(0, 1, 2);
        assertThat(db.diskfulNodes()).hasSize(2);
    }

    @Test
    void createResourceCreatesAMissingGroup() {
        new ResourceGroup("silver", uri).createResource("web1", List.of("1 GiB"));

        assertThat(cluster.volumeSizesKib("web1")).isEqualTo(Map.of(0, 1024L * 1024));
    }

    @Test
    void sizesOfOtherTypesAreRefusedBeforeAnyCall() {
        ResourceGroup gold = new ResourceGroup("gold", uri);

        assertThatThrownBy(() -> gold.createResource("db1", List.of(1.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not Double 1.5");
        assertThat(controller.drainCallNames()).isEmpty();
    }

    @Test
    void deleteOfAMissingGroupRaisesTheControllersMessage() {
        assertThatThrownBy(() -> new ResourceGroup("none", uri).delete())
                .isInstanceOf(LinstorApiCallError.class)
                .hasMessageContaining("no such group");
    }
}

package io.linstorj.controller.storage;

import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
import static io.linstorj.protocol.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.ServiceFixture;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.StoragePoolDefinition;
import io.linstorj.controller.observed.StoragePoolObservation;
import io.linstorj.controller.props.PropsChange;
import io.linstorj.controller.resource.ResourceCreateRequest;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StoragePoolServiceTest {
    private final ServiceFixture fixture = new ServiceFixture();
    private final StoragePoolService pools = fixture.services().storagePools();
    private final StoragePoolDefinitionService definitions = fixture.services().storagePoolDefinitions();

    @BeforeEach
    void registerNode() {
        fixture.createNode("alpha", "127.0.0.11");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> definitionNames() {
        return await(definitions.list(List.of())).stream().map(StoragePoolDefinition::name).toList();
    }

    @Test
    void poolCreateCreatesMissingDefinition() {
        List<ApiCallRc> replies = fixture.createPool("alpha", "pool1");

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
        assertThat(replies.get(0).objRefs()).containsEntry("Node", "alpha").containsEntry("StorPool", "pool1");
        assertThat(definitionNames()).contains("pool1", "DfltStorPool", "DfltDisklessStorPool");
        StoragePoolView view = await(pools.list(List.of("alpha"), List.of("pool1"))).get(0);
        assertThat(view.pool().providerKind()).isEqualTo(ProviderKind.FILE_THIN);
        assertThat(view.pool().props()).containsEntry("StorDriver/StorPoolName", "/var/lib/linstorj/pools/pool1");
        assertThat(view.observation()).isEmpty();
    }

    @Test
    void poolCreateWithUnknownKindIsRefused() {
        List<ApiCallRc> replies = await(pools.create(new StoragePoolCreateRequest("alpha", "pool1", "TAPE", Map.of())));

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_STOR_DRIVER);
        assertThat(definitionNames()).doesNotContain("pool1");
    }

    @Test
    void poolCreateOnMissingNodeOrWithTakenNameIsRefused() {
        assertThat(retCodes(fixture.createPool("bravo", "pool1"))).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_NOT_FOUND_NODE);
        fixture.createPool("alpha", "pool1");
        assertThat(retCodes(fixture.createPool("alpha", "POOL1"))).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_EXISTS_STOR_POOL);
        assertThat(retCodes(fixture.createPool("alpha", "1pool"))).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_STOR_POOL_NAME);
    }

    @Test
    void poolCreateChecksTheProviderPoolName() {
        List<ApiCallRc> lvm = await(pools.create(new StoragePoolCreateRequest("alpha", "pool1", "LVM",
            Map.of("StorDriver/StorPoolName", "vg 1"))));
        List<ApiCallRc> file = await(pools.create(new StoragePoolCreateRequest("alpha", "pool2", "FILE",
            Map.of("StorDriver/StorPoolName", "relative/dir"))));

        assertThat(retCodes(lvm)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(file)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
    }

    @Test
    void poolModifyChangesProperties() {
        fixture.createPool("alpha", "pool1");

        List<ApiCallRc> replies = await(pools.modify("alpha", "pool1",
            new PropsChange(Map.of("Aux/tier", "fast"), Set.of(), Set.of())));

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_MOD | MODIFIED);
        assertThat(await(pools.list(List.of(), List.of("pool1"))).get(0).pool().props()).containsEntry("Aux/tier", "fast");
        assertThat(retCodes(await(pools.modify("alpha", "nope", PropsChange.NONE))))
            .containsExactly(MASK_STOR_POOL | MASK_MOD | FAIL_NOT_FOUND_STOR_POOL);
    }

    @Test
    void poolDeleteIsRefusedWhileVolumesUseIt() {
        fixture.createPool("alpha", "pool1");
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);
        await(fixture.services().resources().resources().create(
            new ResourceCreateRequest("rsc1", "alpha", Set.of(), "pool1", Map.of())));

        List<ApiCallRc> replies = await(pools.delete("alpha", "pool1"));

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_DEL | FAIL_IN_USE);
        assertThat(replies.get(0).cause()).contains("rsc1");
    }

    @Test
    void poolDeleteRemovesPoolAndWarnsWhenMissing() {
        fixture.createPool("alpha", "pool1");

        assertThat(retCodes(await(pools.delete("alpha", "pool1")))).containsExactly(MASK_STOR_POOL | MASK_DEL | DELETED);
        assertThat(retCodes(await(pools.delete("alpha", "pool1")))).containsExactly(MASK_STOR_POOL | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void poolListMergesObservedCapacity() {
        fixture.createPool("alpha", "pool1");
        fixture.observed().updateStoragePool("alpha", "pool1",
            new StoragePoolObservation(OptionalLong.of(100), OptionalLong.of(200), List.of()));

        StoragePoolView view = await(pools.list(List.of(), List.of("pool1"))).get(0);

        assertThat(view.observation()).get().extracting(StoragePoolObservation::freeCapacityKib)
            .isEqualTo(OptionalLong.of(100));
    }

    @Test
    void defaultDefinitionsExistFromTheStart() {
        assertThat(definitionNames()).contains("DfltStorPool", "DfltDisklessStorPool");
    }

    @Test
    void definitionCreateAndDuplicate() {
        assertThat(retCodes(await(definitions.create("gold", Map.of()))))
            .containsExactly(MASK_STOR_POOL_DFN | MASK_CRT | CREATED);
        assertThat(retCodes(await(definitions.create("GOLD", Map.of()))))
            .containsExactly(MASK_STOR_POOL_DFN | MASK_CRT | FAIL_EXISTS_STOR_POOL_DFN);
        assertThat(retCodes(await(definitions.create("g", Map.of()))))
            .containsExactly(MASK_STOR_POOL_DFN | MASK_CRT | FAIL_INVLD_STOR_POOL_NAME);
    }

    @Test
    void definitionDeleteIsRefusedWhilePoolsUseIt() {
        fixture.createPool("alpha", "pool1");

        List<ApiCallRc> refused = await(definitions.delete("pool1"));

        assertThat(retCodes(refused)).containsExactly(MASK_STOR_POOL_DFN | MASK_DEL | FAIL_IN_USE);
        assertThat(refused.get(0).cause()).contains("alpha");
        await(pools.delete("alpha", "pool1"));
        assertThat(retCodes(await(definitions.delete("pool1")))).containsExactly(MASK_STOR_POOL_DFN | MASK_DEL | DELETED);
        assertThat(retCodes(await(definitions.delete("pool1")))).containsExactly(MASK_STOR_POOL_DFN | MASK_DEL | WARN_NOT_FOUND);
    }
}

package io.linstorj.controller.storage;

import static io.linstorj.common.RetCodes.*;
import static io.linstorj.controller.ServiceFixture.await;
import static io.linstorj.controller.ServiceFixture.retCodes;
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
        return await(definitions.list(List.of())).stream()
                .map(StoragePoolDefinition::name)
                .toList();
    }

    @Test
    void poolCreateCreatesMissingDefinition() {
        List<ApiCallRc> replies = fixture.createPool("alpha", "pool1");

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
        assertThat(replies.get(0).objRefs()).containsEntry("Node", "alpha").containsEntry("StorPool", "pool1");
        assertThat(definitionNames()).contains("pool1", "DfltStorPool", "DfltDisklessStorPool");
        StoragePoolView view =
                await(pools.list(List.of("alpha"), List.of("pool1"))).get(0);
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
        assertThat(retCodes(fixture.createPool("bravo", "pool1")))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_NOT_FOUND_NODE);
        fixture.createPool("alpha", "pool1");
        assertThat(retCodes(fixture.createPool("alpha", "POOL1")))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_EXISTS_STOR_POOL);
        assertThat(retCodes(fixture.createPool("alpha", "1pool")))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_STOR_POOL_NAME);
    }

    @Test
    void poolCreateChecksTheProviderPoolName() {
        List<ApiCallRc> lvm = await(pools.create(
                new StoragePoolCreateRequest("alpha", "pool1", "LVM", Map.of("StorDriver/StorPoolName", "vg 1"))));
        List<ApiCallRc> file = await(pools.create(new StoragePoolCreateRequest(
                "alpha", "pool2", "FILE", Map.of("StorDriver/StorPoolName", "relative/dir"))));

        assertThat(retCodes(lvm)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(file)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
    }

    @Test
    void poolModifyChangesProperties() {
        fixture.createPool("alpha", "pool1");

        List<ApiCallRc> replies =
                await(pools.modify("alpha", "pool1", new PropsChange(Map.of("Aux/tier", "fast"), Set.of(), Set.of())));

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_MOD | MODIFIED);
        assertThat(await(pools.list(List.of(), List.of("pool1"))).get(0).pool().props())
                .containsEntry("Aux/tier", "fast");
        assertThat(retCodes(await(pools.modify("alpha", "nope", PropsChange.NONE))))
                .containsExactly(MASK_STOR_POOL | MASK_MOD | FAIL_NOT_FOUND_STOR_POOL);
    }

    @Test
    void poolDeleteIsRefusedWhileVolumesUseIt() {
        fixture.createPool("alpha", "pool1");
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);
        await(fixture.services()
                .resources()
                .resources()
                .create(new ResourceCreateRequest("rsc1", "alpha", Set.of(), "pool1", Map.of())));

        List<ApiCallRc> replies = await(pools.delete("alpha", "pool1"));

        assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_DEL | FAIL_IN_USE);
        assertThat(replies.get(0).cause()).contains("rsc1");
    }

    @Test
    void poolDeleteRemovesPoolAndWarnsWhenMissing() {
        fixture.createPool("alpha", "pool1");

        assertThat(retCodes(await(pools.delete("alpha", "pool1"))))
                .containsExactly(MASK_STOR_POOL | MASK_DEL | DELETED);
        assertThat(retCodes(await(pools.delete("alpha", "pool1"))))
                .containsExactly(MASK_STOR_POOL | MASK_DEL | WARN_NOT_FOUND);
    }

    @Test
    void poolListMergesObservedCapacity() {
        fixture.createPool("alpha", "pool1");
        fixture.observed()
                .updateStoragePool(
                        "alpha",
                        "pool1",
                        new StoragePoolObservation(OptionalLong.of(100), OptionalLong.of(200), List.of()));

        StoragePoolView view = await(pools.list(List.of(), List.of("pool1"))).get(0);

        assertThat(view.observation())
                .get()
                .extracting(StoragePoolObservation::freeCapacityKib)
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
        assertThat(retCodes(await(definitions.delete("pool1"))))
                .containsExactly(MASK_STOR_POOL_DFN | MASK_DEL | DELETED);
        assertThat(retCodes(await(definitions.delete("pool1"))))
                .containsExactly(MASK_STOR_POOL_DFN | MASK_DEL | WARN_NOT_FOUND);
    }

    private List<ApiCallRc> create(String pool, String kind, Map<String, String> props) {
        return await(pools.create(new StoragePoolCreateRequest("alpha", pool, kind, props)));
    }

    private List<ApiCallRc> createFile(String node, String pool, String directory) {
        return await(pools.create(
                new StoragePoolCreateRequest(node, pool, "FILE_THIN", Map.of("StorDriver/StorPoolName", directory))));
    }

    /** The pools stored, without the diskless pool every node gets. */
    private List<String> poolNames() {
        return await(pools.list(List.of(), List.of())).stream()
                .filter(v -> !v.pool().name().equals(StoragePoolDefinition.DEFAULT_DISKLESS_POOL))
                .map(v -> v.pool().nodeName() + "/" + v.pool().name())
                .toList();
    }

    @Test
    void secondFilePoolOnTheSameOrANestedDirectoryOfItsNodeIsRefused() {
        fixture.createNode("bravo", "127.0.0.12");
        createFile("alpha", "DfltStorPool", "/srv/pools/default");

        List<ApiCallRc> same = createFile("alpha", "pool2", "/srv/pools/default");
        List<ApiCallRc> inside = createFile("alpha", "pool3", "/srv/pools/default/sub");
        List<ApiCallRc> around = createFile("alpha", "pool4", "/srv/pools");

        assertThat(retCodes(same)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_IN_USE);
        assertThat(same.get(0).message()).contains("DfltStorPool");
        assertThat(same.get(0).cause()).isNotBlank();
        assertThat(same.get(0).correction()).isNotBlank();
        assertThat(retCodes(inside)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_IN_USE);
        assertThat(retCodes(around)).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_IN_USE);
        assertThat(poolNames()).containsExactly("alpha/DfltStorPool");
        assertThat(definitionNames()).doesNotContain("pool2", "pool3", "pool4");
        assertThat(retCodes(createFile("alpha", "pool5", "/srv/pools/default2")))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
        assertThat(retCodes(createFile("bravo", "DfltStorPool", "/srv/pools/default")))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
    }

    @Test
    void filePoolWithoutADirectoryIsRefused() {
        assertThat(retCodes(create("pool1", "FILE_THIN", Map.of())))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(create("pool1", "FILE", Map.of("StorDriver/StorPoolName", ""))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(create("pool1", "LVM", Map.of())))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(create("pool1", "DISKLESS", Map.of())))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
        assertThat(poolNames()).containsExactly("alpha/pool1");
    }

    @Test
    void directoriesThatAreNotAbsoluteNormalisedAndPrintableAreRefused() {
        for (String directory : List.of(
                "relative/dir",
                "/srv/a/../b",
                "/srv/./a",
                "/srv//a",
                "/srv/a/",
                "/",
                "/srv/a\nb",
                "/srv/a\n",
                "/srv/a\0b",
                "/srv/a\tb")) {
            List<ApiCallRc> replies = create("pool1", "FILE_THIN", Map.of("StorDriver/StorPoolName", directory));

            assertThat(retCodes(replies)).as(directory).containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
            assertThat(replies.get(0).message())
                    .as(directory)
                    .doesNotContain("\n")
                    .doesNotContain("\0");
            assertThat(replies.get(0).cause()).as(directory).isNotBlank();
        }
        assertThat(create("pool1", "FILE", Map.of("StorDriver/StorPoolName", "/srv/a/"))
                        .get(0)
                        .correction())
                .contains("'/srv/a'");
        assertThat(poolNames()).isEmpty();
        assertThat(definitionNames()).doesNotContain("pool1");
    }

    @Test
    void volumeGroupAndDatasetNamesAreCheckedByTheToolsRules() {
        Map<String, List<String>> refused = Map.of(
                "LVM", List.of("-rf", "-o", ".", "..", "vg0/thin", "vg 0", "a".repeat(128)),
                "LVM_THIN", List.of("vg0", "vg0/-o", "-rf/thin", "vg0/snapshot1", "vg0/pool_tmeta", "vg0/thin/x"),
                "ZFS", List.of("tank//x", "-o", "-rf", "tank/", "/tank", "tank/-x", "tank/..", "mirror", "1tank"),
                "ZFS_THIN", List.of("tank//x", "tank x"));
        refused.forEach((kind, names) -> names.forEach(name -> assertThat(
                        retCodes(create("pool1", kind, Map.of("StorDriver/StorPoolName", name))))
                .as(kind + " " + name)
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP)));
        assertThat(poolNames()).isEmpty();

        assertThat(retCodes(create("pool1", "LVM", Map.of("StorDriver/StorPoolName", "vg.0+_-"))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
        assertThat(retCodes(create("pool2", "LVM_THIN", Map.of("StorDriver/StorPoolName", "vg0/thin"))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
        assertThat(retCodes(create("pool3", "ZFS", Map.of("StorDriver/StorPoolName", "tank/lin.storj:a"))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
    }

    @Test
    void fileDirPropertyMayOnlyRepeatTheDirectory() {
        assertThat(retCodes(create(
                        "pool1",
                        "FILE_THIN",
                        Map.of("StorDriver/StorPoolName", "/srv/a", "StorDriver/FileDir", "/srv/b"))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(
                        create("pool1", "LVM", Map.of("StorDriver/StorPoolName", "vg0", "StorDriver/FileDir", "vg0"))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | FAIL_INVLD_PROP);
        assertThat(retCodes(create(
                        "pool1",
                        "FILE_THIN",
                        Map.of("StorDriver/StorPoolName", "/srv/a", "StorDriver/FileDir", "/srv/a"))))
                .containsExactly(MASK_STOR_POOL | MASK_CRT | CREATED);
    }

    @Test
    void storageOfAPoolWithVolumesCannotBeChanged() {
        fixture.createPool("alpha", "pool1");
        fixture.createResourceDefinition("rsc1");
        fixture.createVolumeDefinition("rsc1", 1024);
        await(fixture.services()
                .resources()
                .resources()
                .create(new ResourceCreateRequest("rsc1", "alpha", Set.of(), "pool1", Map.of())));
        Map<String, String> before =
                await(pools.list(List.of(), List.of("pool1"))).get(0).pool().props();

        List<ApiCallRc> renamed = await(pools.modify(
                "alpha",
                "pool1",
                new PropsChange(Map.of("StorDriver/StorPoolName", "/srv/elsewhere"), Set.of(), Set.of())));
        List<ApiCallRc> removed = await(
                pools.modify("alpha", "pool1", new PropsChange(Map.of(), Set.of("StorDriver/StorPoolName"), Set.of())));
        List<ApiCallRc> fileDir = await(pools.modify(
                "alpha", "pool1", new PropsChange(Map.of("StorDriver/FileDir", "/srv/elsewhere"), Set.of(), Set.of())));

        for (List<ApiCallRc> replies : List.of(renamed, removed, fileDir)) {
            assertThat(retCodes(replies)).containsExactly(MASK_STOR_POOL | MASK_MOD | FAIL_IN_USE);
            assertThat(replies.get(0).cause()).contains("rsc1");
            assertThat(replies.get(0).correction()).isNotBlank();
        }
        assertThat(await(pools.list(List.of(), List.of("pool1"))).get(0).pool().props())
                .isEqualTo(before);
        assertThat(retCodes(await(pools.modify(
                        "alpha", "pool1", new PropsChange(Map.of("Aux/tier", "fast"), Set.of(), Set.of())))))
                .containsExactly(MASK_STOR_POOL | MASK_MOD | MODIFIED);
    }

    @Test
    void storageOfAnEmptyPoolMayChangeUnderTheRulesOfCreate() {
        createFile("alpha", "pool1", "/srv/pools/one");
        createFile("alpha", "pool2", "/srv/pools/two");

        assertThat(retCodes(await(pools.modify(
                        "alpha",
                        "pool2",
                        new PropsChange(Map.of("StorDriver/StorPoolName", "srv/rel"), Set.of(), Set.of())))))
                .containsExactly(MASK_STOR_POOL | MASK_MOD | FAIL_INVLD_PROP);
        assertThat(retCodes(await(pools.modify(
                        "alpha",
                        "pool2",
                        new PropsChange(
                                Map.of("StorDriver/StorPoolName", "/srv/pools/one/inner"), Set.of(), Set.of())))))
                .containsExactly(MASK_STOR_POOL | MASK_MOD | FAIL_IN_USE);
        assertThat(retCodes(await(pools.modify(
                        "alpha",
                        "pool2",
                        new PropsChange(Map.of("StorDriver/StorPoolName", "/srv/pools/three"), Set.of(), Set.of())))))
                .containsExactly(MASK_STOR_POOL | MASK_MOD | MODIFIED);
        assertThat(await(pools.list(List.of(), List.of("pool2"))).get(0).pool().props())
                .containsEntry("StorDriver/StorPoolName", "/srv/pools/three");
    }
}

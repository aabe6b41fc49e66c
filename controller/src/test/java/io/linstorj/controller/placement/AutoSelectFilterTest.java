package io.linstorj.controller.placement;

import static io.linstorj.controller.placement.TestCluster.GIB;
import static io.linstorj.controller.placement.TestCluster.nodeWithFree;
import static io.linstorj.controller.placement.TestCluster.refused;
import static io.linstorj.controller.placement.TestCluster.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.cluster.ProviderKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoSelectFilterTest {

    private static PlacementRefusal invalid(AutoSelectFilter filter) {
        return filter.validate().orElseThrow(() -> new AssertionError("expected " + filter + " to be refused"));
    }

    @Test
    void placeCountBelowOneIsRefused() {
        PlacementRefusal zero = invalid(AutoSelectFilter.ofPlaceCount(0));
        PlacementRefusal negative =
                invalid(AutoSelectFilter.builder().additionalPlaceCount(-1).build());

        assertThat(zero.retCode()).isEqualTo(RetCodes.FAIL_INVLD_PLACE_COUNT);
        assertThat(zero.message()).isEqualTo("place_count must be at least 1, got 0.");
        assertThat(zero.cause()).isEqualTo("The auto-select filter is invalid.");
        assertThat(zero.rejections()).isEmpty();
        assertThat(negative.retCode()).isEqualTo(RetCodes.FAIL_INVLD_PLACE_COUNT);
        assertThat(negative.message()).startsWith("additional_place_count");
    }

    @Test
    void placerRefusesAnInvalidFilterBeforeLookingAtNodes() {
        PlacementRefusal refusal = refused(new Placer()
                .place(
                        AutoSelectFilter.ofPlaceCount(0),
                        resource("web", GIB),
                        List.of(nodeWithFree("alpha", 10 * GIB))));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_PLACE_COUNT);
    }

    @Test
    void regexThatDoesNotCompileIsRefused() {
        PlacementRefusal refusal =
                invalid(AutoSelectFilter.builder().notPlaceWithRscRegex("db-(").build());

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(refusal.message()).startsWith("not_place_with_rsc_regex 'db-(' is not a valid regular expression");
    }

    @Test
    void unknownProviderKindIsRefusedAndKnownOnesIgnoreCase() {
        PlacementRefusal refusal = invalid(
                AutoSelectFilter.builder().providerList(List.of("LVM", "TAPE")).build());

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_PROVIDER);
        assertThat(refusal.message()).contains("'TAPE'");
        assertThat(refusal.correction()).contains(Arrays.toString(ProviderKind.values()));
        assertThat(AutoSelectFilter.builder()
                        .providerList(List.of("lvm_thin", "ZFS"))
                        .build()
                        .validate())
                .isEmpty();
    }

    @Test
    void layerStackAcceptsDrbdOverStorageOnly() {
        assertThat(AutoSelectFilter.builder()
                        .layerStack(List.of("drbd", "storage"))
                        .build()
                        .validate())
                .isEmpty();
        assertThat(AutoSelectFilter.builder()
                        .layerStack(List.of("STORAGE"))
                        .build()
                        .validate())
                .isEmpty();

        assertThat(invalid(AutoSelectFilter.builder()
                                .layerStack(List.of("DRBD", "RAID"))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_LAYER_KIND);
        PlacementRefusal luks = invalid(AutoSelectFilter.builder()
                .layerStack(List.of("DRBD", "LUKS", "STORAGE"))
                .build());
        assertThat(luks.retCode()).isEqualTo(RetCodes.FAIL_INVLD_LAYER_STACK);
        assertThat(luks.message()).isEqualTo("The LUKS layer is not supported by LinstorJ.");
        assertThat(invalid(AutoSelectFilter.builder()
                                .layerStack(List.of("STORAGE", "DRBD"))
                                .build())
                        .message())
                .isEqualTo("layer_stack must end with STORAGE, got [STORAGE, DRBD].");
        assertThat(invalid(AutoSelectFilter.builder()
                                .layerStack(List.of("DRBD", "DRBD"))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_LAYER_STACK);
    }

    @Test
    void disklessOnRemainingNeedsTheDrbdLayer() {
        PlacementRefusal refusal = invalid(AutoSelectFilter.builder()
                .layerStack(List.of("STORAGE"))
                .disklessOnRemaining(true)
                .build());

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_LAYER_STACK);
        assertThat(refusal.message()).contains("diskless_on_remaining needs the DRBD layer");
    }

    @Test
    void disklessTypeOtherThanDrbdDisklessIsRefused() {
        PlacementRefusal nvme = invalid(
                AutoSelectFilter.builder().disklessType("NVME_INITIATOR").build());
        PlacementRefusal unknown =
                invalid(AutoSelectFilter.builder().disklessType("FLOPPY").build());

        assertThat(nvme.retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(nvme.message()).isEqualTo("diskless_type NVME_INITIATOR is not supported by LinstorJ.");
        assertThat(unknown.message()).isEqualTo("diskless_type 'FLOPPY' is unknown.");
        assertThat(AutoSelectFilter.builder()
                        .disklessType("drbd_diskless")
                        .build()
                        .validate())
                .isEmpty();
    }

    @Test
    void replicasOnPropertiesMustBeWellFormedAndNotContradict() {
        assertThat(invalid(AutoSelectFilter.builder()
                                .replicasOnDifferent(List.of("rack=r1"))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_PROP);
        assertThat(invalid(AutoSelectFilter.builder()
                                .replicasOnSame(List.of("site="))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_PROP);
        assertThat(invalid(AutoSelectFilter.builder()
                                .replicasOnSame(List.of("Aux/"))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_PROP);
        assertThat(invalid(AutoSelectFilter.builder()
                                .replicasOnSame(List.of("site", "Aux/site=a"))
                                .build())
                        .message())
                .isEqualTo("replicas_on_same lists Aux/site twice.");
        PlacementRefusal both = invalid(AutoSelectFilter.builder()
                .replicasOnSame(List.of("site"))
                .replicasOnDifferent(List.of("Aux/site"))
                .build());
        assertThat(both.retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(both.message()).isEqualTo("Aux/site is in both replicas_on_same and replicas_on_different.");
    }

    @Test
    void blankNamesAreRefusedWithTheirKindsRetCode() {
        assertThat(invalid(AutoSelectFilter.builder().storagePool(" ").build()).retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_STOR_POOL_NAME);
        assertThat(invalid(AutoSelectFilter.builder()
                                .storagePoolDisklessList(List.of(""))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_STOR_POOL_NAME);
        assertThat(invalid(AutoSelectFilter.builder()
                                .notPlaceWithRsc(List.of(""))
                                .build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_RSC_NAME);
        assertThat(invalid(AutoSelectFilter.builder().nodeNameList(List.of("")).build())
                        .retCode())
                .isEqualTo(RetCodes.FAIL_INVLD_NODE_NAME);
    }

    @Test
    void fullFilterIsValidAndToBuilderCopiesEveryField() {
        AutoSelectFilter filter = AutoSelectFilter.builder()
                .placeCount(3)
                .additionalPlaceCount(1)
                .nodeNameList(List.of("alpha"))
                .storagePool("ssd")
                .storagePoolList(List.of("nvme"))
                .storagePoolDisklessList(List.of("DfltDisklessStorPool"))
                .notPlaceWithRsc(List.of("db"))
                .notPlaceWithRscRegex("^tmp-")
                .replicasOnSame(List.of("site"))
                .replicasOnDifferent(List.of("rack"))
                .disklessOnRemaining(true)
                .layerStack(List.of("DRBD", "STORAGE"))
                .providerList(List.of("LVM"))
                .disklessType("DRBD_DISKLESS")
                .build();

        assertThat(filter.validate()).isEmpty();
        assertThat(filter.toBuilder().build()).isEqualTo(filter);
    }

    @Test
    void unsetListsAreEmptyAndNullElementsAreAProgrammingError() {
        AutoSelectFilter filter =
                new AutoSelectFilter(2, null, null, null, null, null, null, null, null, null, false, null, null, null);

        assertThat(filter.storagePoolList()).isEmpty();
        assertThat(filter.validate()).isEmpty();
        assertThatThrownBy(() -> AutoSelectFilter.builder()
                        .storagePoolList(Arrays.asList("ssd", null))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("storage_pool_list contains null");
    }
}

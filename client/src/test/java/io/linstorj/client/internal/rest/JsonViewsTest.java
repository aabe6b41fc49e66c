package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.MessageLite;
import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.RestExample;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.LinStorMapEntry;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstSnapshotDfn;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstStorPoolDfn;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.Node;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.Snapshot;
import io.linstorj.protocol.linstor.SnapshotDfn;
import io.linstorj.protocol.linstor.SnapshotVlmDfn;
import io.linstorj.protocol.linstor.StorPool;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * LINBIT's controller's recorded REST answers (shared/reference/rest-examples*) read into the wire
 * list messages, as the controller's LINSTOR-dialect translator writes them: required fields set
 * (every message survives LINSTOR's parser), observed state in LINSTOR's places, additions filled.
 */
class JsonViewsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nodesCarryUuidTypeConnectionStatusAndTheSatellitesInterface() throws IOException {
        MsgLstNode list = reparsed(JsonViews.nodeList(body(RestExample.of("014-nodes-list"))), MsgLstNode.parser());

        Node n1 = list.getNodes(0);
        assertThat(list.getNodesList()).extracting(Node::getName).containsExactly("n1", "n2", "n3");
        assertThat(n1.getUuid()).isEqualTo("7e26468f-f667-41cb-8ff3-86900e06d930");
        assertThat(n1.getType()).isEqualTo("SATELLITE");
        assertThat(n1.getConnectionStatus()).isEqualTo(Node.ConnectionStatus.OFFLINE);
        assertThat(n1.getPropsList()).containsExactly(entry("CurStltConnName", "default"));
        assertThat(n1.getNetInterfaces(0).getStltPort()).isEqualTo(3366);
        assertThat(n1.getNetInterfaces(0).getStltEncryptionType()).isEqualTo("PLAIN");
        assertThat(n1.getNetInterfaces(0).hasUuid()).isFalse();
    }

    @Test
    void aConnectionStatusLinstorsEnumLacksIsUnknown() throws IOException {
        Node node = JsonViews.node(JSON.readTree(
                "{\"name\":\"n1\",\"type\":\"SATELLITE\",\"connection_status\":\"EVICTED\",\"net_interfaces\":"
                        + "[{\"name\":\"other\",\"address\":\"127.0.0.12\"}]}"));

        assertThat(node.getConnectionStatus()).isEqualTo(Node.ConnectionStatus.UNKNOWN);
        assertThat(node.getNetInterfaces(0).hasStltPort()).isFalse();
        assertThat(node.getNetInterfaces(0).hasStltEncryptionType()).isFalse();
    }

    @Test
    void poolsWithoutCapacitiesHaveNoFreeSpaceButTheirReports() {
        MsgLstStorPool list = reparsed(
                JsonViews.storagePoolList(body(RestExample.of("048-view-storage-pools"))), MsgLstStorPool.parser());

        StorPool diskless = list.getStorPools(0);
        assertThat(diskless.getStorPoolName()).isEqualTo("DfltDisklessStorPool");
        assertThat(diskless.getProviderKind()).isEqualTo(ProviderType.DISKLESS);
        assertThat(diskless.getProviderKindName()).isEqualTo("DISKLESS");
        assertThat(diskless.getStorPoolUuid()).isEqualTo("5e77ee98-0b51-4e1f-b99b-4ca5a2eb960e");
        assertThat(diskless.hasFreeSpace()).isFalse();
        assertThat(diskless.getReportsList()).singleElement().satisfies(report -> {
            assertThat(report.getMessage()).isEqualTo("No active connection to satellite 'n1'");
            assertThat(report.hasCause()).isFalse();
        });
    }

    @Test
    void reportedCapacitiesAreTheFreeSpaceAndFileKindsAreNamedInTheAddition() {
        MsgLstStorPool list = reparsed(
                JsonViews.storagePoolList(body(RestExample.live("008-view-storage-pools"))), MsgLstStorPool.parser());

        StorPool diskless = list.getStorPools(1);
        assertThat(diskless.getFreeSpace().getFreeCapacity()).isEqualTo(Long.MAX_VALUE);
        assertThat(diskless.getFreeSpace().getStorPoolName()).isEqualTo("DfltDisklessStorPool");
        assertThat(diskless.getFreeSpace().getStorPoolUuid()).isEqualTo(diskless.getStorPoolUuid());
        assertThat(list.getStorPoolsList())
                .filteredOn(pool -> pool.getProviderKindName().equals("FILE_THIN"))
                .isNotEmpty()
                .allSatisfy(pool -> assertThat(pool.getProviderKind()).isEqualTo(ProviderType.UNKNOWN_PROVIDER));
    }

    @Test
    void aDefinitionsDrbdLayerIsLinstorsLayerDataWithoutTheSecret() {
        MsgLstRscDfn list = reparsed(
                JsonViews.resourceDefinitionList(body(RestExample.live("026-rd-list-drbd-attempts"))),
                MsgLstRscDfn.parser());

        assertThat(list.getRscDfns(0).getLayerDataList()).isEmpty();
        assertThat(list.getRscDfns(0).hasDrbdPort()).isFalse();
        RscDfn drbd2 = list.getRscDfns(1);
        assertThat(drbd2.getRscDfnUuid()).isEqualTo("943b7200-c5fd-429d-b409-de2e7e6efa1a");
        assertThat(drbd2.getRscGrpName()).isEqualTo("DfltRscGrp");
        assertThat(drbd2.getLayerData(0).getLayerType()).isEqualTo(LayerType.DRBD);
        assertThat(drbd2.getLayerData(0).getDrbd().getPeersSlots()).isEqualTo(7);
        assertThat(drbd2.getLayerData(0).getDrbd().getAlSize()).isEqualTo(32);
        assertThat(drbd2.getLayerData(0).getDrbd().getTransportType()).isEqualTo("IP");
        assertThat(drbd2.getLayerData(0).getDrbd().getSecret()).isEmpty();
        // LINSTOR writes -1 for a port not allocated yet.
        assertThat(drbd2.getDrbdPort()).isEqualTo(-1);
    }

    @Test
    void volumeDefinitionsKeepSizesBeyondIntAndTheirMinorFromTheDrbdLayer() throws IOException {
        MsgLstRscDfn list = reparsed(
                JsonViews.resourceDefinitionList(body(RestExample.of("085-rd-list-with-vd"))), MsgLstRscDfn.parser());
        assertThat(list.getRscDfns(1).getVlmDfnsList())
                .extracting(volume -> volume.getVlmSize())
                .containsExactly(10240L, 4611686018427387904L, 1099511627776L);

        var volume = JsonViews.volumeDefinition(JSON.readTree("{\"volume_number\":3,\"size_kib\":1024,"
                + "\"layer_data\":[{\"type\":\"DRBD\",\"data\":{\"minor_number\":1007}}]}"));
        assertThat(volume.getMinorNr()).isEqualTo(1007);
        assertThat(volume.getLayerData(0).getDrbd().getMinor()).isEqualTo(1007);
        assertThat(volume.getLayerData(0).getDrbd().getVlmNr()).isEqualTo(3);
    }

    @Test
    void resourceStatesStandBesideTheResourcesOnlyForThoseTheSatelliteReported() {
        MsgLstRsc list = reparsed(
                JsonViews.resourceList(body(RestExample.live("185-rsc-list-lostrd-delta-offline"))),
                MsgLstRsc.parser());

        assertThat(list.getResourcesList())
                .extracting(resource -> resource.getNodeName())
                .containsExactly("alpha", "delta");
        assertThat(list.getResourceStatesList()).singleElement().satisfies(state -> {
            assertThat(state.getRscName()).isEqualTo("lostrd");
            assertThat(state.getNodeName()).isEqualTo("alpha");
            assertThat(state.getReady()).isTrue();
            assertThat(state.getInUse()).isFalse();
        });
    }

    @Test
    void volumesOfAStorageOnlyClusterCarryDevicePoolAndKind() {
        MsgLstRsc list =
                reparsed(JsonViews.resourceList(body(RestExample.live("068-view-resources"))), MsgLstRsc.parser());

        var volume = list.getResources(0).getVlms(0);
        assertThat(list.getResources(0).getPropsList()).contains(entry("StorPoolName", "DfltStorPool"));
        assertThat(volume.getStorPoolName()).isEqualTo("DfltStorPool");
        assertThat(volume.getProviderKind()).isEqualTo(ProviderType.UNKNOWN_PROVIDER);
        assertThat(volume.getProviderKindName()).isEqualTo("FILE_THIN");
        assertThat(volume.getDevicePath()).isEqualTo("/dev/loop7");
        assertThat(volume.getBackingDisk()).isEqualTo("/dev/loop7");
        assertThat(volume.getVlmUuid()).isEqualTo("3d091cae-f8b1-4672-a26a-108ff7b4cac6");
        assertThat(list.getResourceStatesCount()).isEqualTo(list.getResourcesCount());
    }

    @Test
    void snapshotsCarryNodesFlagsVolumeSizesAndProperties() {
        MsgLstSnapshotDfn list = reparsed(
                JsonViews.snapshotList(body(RestExample.live("126-view-snapshots"))), MsgLstSnapshotDfn.parser());

        SnapshotDfn s1 = list.getSnapshotDfns(0);
        assertThat(s1.getSnapshotName()).isEqualTo("s1");
        assertThat(s1.getRscName()).isEqualTo("r1");
        assertThat(s1.getUuid()).isEqualTo("c52b51b4-24ae-4a50-8b87-2f6348a3a447");
        assertThat(s1.getSnapshotsList())
                .extracting(Snapshot::getNodeName)
                .containsExactly("alpha", "bravo", "charlie");
        assertThat(s1.getSnapshotDfnFlagsList()).containsExactly("SUCCESSFUL");
        assertThat(s1.getSnapshotVlmDfnsList())
                .extracting(SnapshotVlmDfn::getVlmNr, SnapshotVlmDfn::getVlmSize)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 15360L), org.assertj.core.groups.Tuple.tuple(1, 20480L));
        // REST's props: the resource definition's with the snapshot definition's over them, as the controller lists
        // them.
        assertThat(s1.getSnapshotDfnPropsList()).contains(entry("Aux/owner", "capture2"), entry("SequenceNumber", "1"));
    }

    @Test
    void aSnapshotWithoutNodesNamesThoseOfItsSnapshots() throws IOException {
        SnapshotDfn snapshot = JsonViews.snapshot(JSON.readTree("{\"name\":\"s1\",\"resource_name\":\"r1\","
                + "\"snapshots\":[{\"node_name\":\"alpha\"},{\"node_name\":\"bravo\"}]}"));

        assertThat(snapshot.getSnapshotsList())
                .extracting(Snapshot::getNodeName)
                .containsExactly("alpha", "bravo");
    }

    @Test
    void resourceGroupsCarryTheirFilterAlwaysAndTheirVolumeGroups() {
        List<JsonNode> groups = JsonViews.elements(body(RestExample.of("125-rg-list")));
        RscGrp dflt = JsonViews.resourceGroup(groups.get(0), JSON.createArrayNode());
        RscGrp rg1 = JsonViews.resourceGroup(groups.get(1), body(RestExample.of("117-vg-list-rg1")));

        assertThat(dflt.hasSelectFilter()).isTrue();
        assertThat(dflt.hasDescription()).isTrue();
        assertThat(dflt.getDescription()).isEmpty();
        assertThat(rg1.getDescription()).isEqualTo("capture group");
        assertThat(rg1.getUuid()).isEqualTo("70234846-2297-477a-8976-4b57579b056d");
        assertThat(rg1.getSelectFilter().getPlaceCount()).isEqualTo(2);
        assertThat(rg1.getSelectFilter().getStoragePool()).isEqualTo("sp1");
        assertThat(rg1.getSelectFilter().getStoragePoolListList()).containsExactly("sp1");
        assertThat(rg1.getVlmGrpsList()).singleElement().satisfies(group -> {
            assertThat(group.getVlmNr()).isZero();
            assertThat(group.getUuid()).isEqualTo("f5bd2e39-2383-4de8-8c61-a134ac647390");
        });
        assertThat(reparsed(JsonViews.volumeGroupList(body(RestExample.of("117-vg-list-rg1"))), MsgLstVlmGrp.parser())
                        .getVlmGrpsCount())
                .isEqualTo(1);
    }

    @Test
    void aFiltersLayersAndProvidersAreNamedInTheAdditionsAndInLinstorsEnumsWhereItHasThem() throws IOException {
        AutoSelectFilter filter = JsonViews.selectFilter(JSON.readTree("{\"additional_place_count\":1,"
                + "\"node_name_list\":[\"alpha\"],\"storage_pool_diskless_list\":[\"dl\"],"
                + "\"layer_stack\":[\"DRBD\",\"WRITECACHE\",\"STORAGE\"],\"provider_list\":[\"LVM\",\"FILE_THIN\",\"EXOS\"],"
                + "\"diskless_on_remaining\":true,\"diskless_type\":\"DRBD_DISKLESS\"}"));

        assertThat(filter.hasPlaceCount()).isFalse();
        assertThat(filter.getAdditionalPlaceCount()).isEqualTo(1);
        assertThat(filter.getNodeNameListList()).containsExactly("alpha");
        assertThat(filter.getStoragePoolDisklessListList()).containsExactly("dl");
        assertThat(filter.getLayerStackNamesList()).containsExactly("DRBD", "WRITECACHE", "STORAGE");
        assertThat(filter.getLayerStackList()).containsExactly(LayerType.DRBD, LayerType.STORAGE);
        assertThat(filter.getProviderNamesList()).containsExactly("LVM", "FILE_THIN", "EXOS");
        assertThat(filter.getProvidersList()).containsExactly(ProviderType.LVM, ProviderType.FILE_THIN);
        assertThat(filter.getDisklessOnRemaining()).isTrue();
        assertThat(filter.getDisklessType()).isEqualTo("DRBD_DISKLESS");
        assertThat(filter.hasStoragePool()).isFalse();
    }

    @Test
    void storePoolDefinitionAndStoreListsKeepOnlyTheNamedOnes() {
        assertThat(JsonViews.storagePoolDefinitionList(body(RestExample.of("037-spd-list")), name -> name.equals("sp1"))
                        .getStorPoolDfnsList())
                .extracting(definition -> definition.getStorPoolName())
                .containsExactly("sp1");
        MsgRspKvs stores = JsonViews.keyValueStoreList(body(RestExample.of("133-kvs-list")), name -> true);
        assertThat(stores.getKeyValueStore(0).getName()).isEqualTo("kv1");
        assertThat(stores.getKeyValueStore(0).getPropsList()).containsExactly(entry("b/c", "2"));
        assertThat(reparsed(
                                JsonViews.storagePoolDefinitionList(body(RestExample.of("037-spd-list")), name -> true),
                                MsgLstStorPoolDfn.parser())
                        .getStorPoolDfnsCount())
                .isEqualTo(2);
    }

    @Test
    void anEntryKeepsItsRetCodeRefsAndReportIdsAndLeavesAbsentTextsUnset() throws IOException {
        JsonNode refusal = body(RestExample.of("175-query-bad-limit"));
        var entry = JsonViews.apiCallRc(JsonViews.elements(refusal).get(0));
        ApiCallResponse view = JsonViews.apiCallRcs(refusal).get(0);

        assertThat(entry.getRetCode()).isEqualTo(-4611686018427386906L);
        assertThat(entry.getErrorReportIdsList()).containsExactly("6B0E8507-00000-000034");
        assertThat(view.retCode()).isEqualTo(entry.getRetCode());
        assertThat(view.errorReportIds()).containsExactly("6B0E8507-00000-000034");
        var created = JsonViews.apiCallRc(JSON.readTree(
                "{\"ret_code\":20709377,\"message\":\"New node 'n1' registered.\",\"obj_refs\":{\"Node\":\"n1\"}}"));
        assertThat(created.getObjRefsList()).containsExactly(entry("Node", "n1"));
        assertThat(created.hasCause()).isFalse();
        assertThat(created.hasCorrection()).isFalse();
        assertThat(created.hasDetails()).isFalse();
    }

    @Test
    void everyRecordedListAnswerBecomesAMessageLinstorsParserTakes() {
        List<Function<JsonNode, MessageLite>> readers = List.of(
                JsonViews::nodeList,
                JsonViews::storagePoolList,
                JsonViews::resourceDefinitionList,
                JsonViews::resourceList,
                JsonViews::snapshotList,
                json -> JsonViews.keyValueStoreList(json, name -> true));
        List<RestExample> examples = List.of(
                RestExample.live("003-nodes-list"),
                RestExample.live("202-view-storage-pools-end"),
                RestExample.live("082-rd-list-with-vds"),
                RestExample.live("172-view-resources-after-deletes"),
                RestExample.live("149-view-snapshots-after-multi"),
                RestExample.of("133-kvs-list"));
        for (int i = 0; i < readers.size(); i++) {
            MessageLite message = readers.get(i).apply(body(examples.get(i)));
            assertThat(message.isInitialized()).as(examples.get(i).name()).isTrue();
        }
    }

    private static <M extends MessageLite> M reparsed(M message, com.google.protobuf.Parser<M> parser) {
        try {
            return parser.parseFrom(message.toByteString());
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("not a message LINSTOR's parser takes: " + e.getMessage(), e);
        }
    }

    private static JsonNode body(RestExample example) {
        try {
            return JSON.readTree(example.responseBody());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LinStorMapEntry entry(String key, String value) {
        return LinStorMapEntry.newBuilder().setKey(key).setValue(value).build();
    }
}

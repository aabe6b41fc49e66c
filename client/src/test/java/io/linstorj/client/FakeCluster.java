package io.linstorj.client;

import com.google.protobuf.MessageLite;
import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.proto.AutoSelectFilter;
import io.linstorj.protocol.proto.KeyValueStore;
import io.linstorj.protocol.proto.MsgAutoPlaceRsc;
import io.linstorj.protocol.proto.MsgCrtRsc;
import io.linstorj.protocol.proto.MsgCrtRscDfn;
import io.linstorj.protocol.proto.MsgCrtRscGrp;
import io.linstorj.protocol.proto.MsgCrtVlmDfn;
import io.linstorj.protocol.proto.MsgDelKvs;
import io.linstorj.protocol.proto.MsgDelRsc;
import io.linstorj.protocol.proto.MsgDelRscDfn;
import io.linstorj.protocol.proto.MsgDelRscGrp;
import io.linstorj.protocol.proto.MsgDelVlmDfn;
import io.linstorj.protocol.proto.MsgListFilter;
import io.linstorj.protocol.proto.MsgLstKvs;
import io.linstorj.protocol.proto.MsgLstRsc;
import io.linstorj.protocol.proto.MsgLstRscDfn;
import io.linstorj.protocol.proto.MsgLstRscGrp;
import io.linstorj.protocol.proto.MsgModKvs;
import io.linstorj.protocol.proto.MsgModRscDfn;
import io.linstorj.protocol.proto.MsgModRscGrp;
import io.linstorj.protocol.proto.MsgModVlmDfn;
import io.linstorj.protocol.proto.MsgSpawnRscDfn;
import io.linstorj.protocol.proto.MsgToggleDisk;
import io.linstorj.protocol.proto.PropsChange;
import io.linstorj.protocol.proto.Resource;
import io.linstorj.protocol.proto.ResourceDefinition;
import io.linstorj.protocol.proto.ResourceGroup;
import io.linstorj.protocol.proto.Volume;
import io.linstorj.protocol.proto.VolumeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scripted controller's model for tests of the high-level API: resource definitions, volume
 * definitions, replicas on three nodes (alpha, bravo, charlie), key-value stores and resource
 * groups, answered as a LinstorJ controller would (refusing shrinks, duplicates and unknown
 * objects). Replicas report at once: diskful volumes UpToDate on a backing file, diskless ones
 * Diskless, all with device {@code /dev/drbd<minor>}.
 */
final class FakeCluster implements FakeController.Responder {
    static final List<String> NODES = List.of("alpha", "bravo", "charlie");

    private final Map<String, Definition> definitions = new TreeMap<>();
    private final Map<String, Map<String, String>> stores = new TreeMap<>();
    private final Map<String, ResourceGroup> groups = new TreeMap<>();
    private int nextMinor = 1000;

    /** A resource definition with its volume definitions and replicas. */
    private static final class Definition {
        final Map<String, String> props = new TreeMap<>();
        final Map<Integer, long[]> volumes = new TreeMap<>(); // number -> {sizeKib, minor}
        final Map<String, Replica> replicas = new TreeMap<>();
        String group = "DfltRscGrp";
    }

    private record Replica(boolean diskless, String pool) {}

    /** Adds resource {@code name} with volumes of these sizes and diskful replicas on these nodes. */
    synchronized FakeCluster withResource(String name, List<Long> sizesKib, List<String> diskfulNodes) {
        Definition definition = new Definition();
        for (int i = 0; i < sizesKib.size(); i++) {
            definition.volumes.put(i, new long[] {sizesKib.get(i), nextMinor++});
        }
        diskfulNodes.forEach(node -> definition.replicas.put(node, new Replica(false, Consts.DEFAULT_STOR_POOL_NAME)));
        definitions.put(name, definition);
        return this;
    }

    /** Adds a diskless replica of resource {@code name} on {@code node}. */
    synchronized FakeCluster withDisklessReplica(String name, String node) {
        definitions.get(name).replicas.put(node, new Replica(true, "DfltDisklessStorPool"));
        return this;
    }

    /** Sets the size of volume {@code number} of {@code name}, as another client's resize would. */
    synchronized void resize(String name, int number, long sizeKib) {
        definitions.get(name).volumes.get(number)[0] = sizeKib;
    }

    /** The replicas of {@code name}: node to "diskless" or the pool, e.g. {@code {alpha=ssd}}. */
    synchronized Map<String, String> replicas(String name) {
        Map<String, String> view = new TreeMap<>();
        Definition definition = definitions.get(name);
        if (definition != null) {
            definition.replicas.forEach(
                    (node, replica) -> view.put(node, replica.diskless() ? "diskless" : replica.pool()));
        }
        return view;
    }

    /** Sizes in KiB of the volume definitions of {@code name}. */
    synchronized Map<Integer, Long> volumeSizesKib(String name) {
        Map<Integer, Long> sizes = new TreeMap<>();
        definitions.get(name).volumes.forEach((number, volume) -> sizes.put(number, volume[0]));
        return sizes;
    }

    /** The properties of the definition {@code name}; empty when it does not exist. */
    synchronized Map<String, String> definitionProps(String name) {
        Definition definition = definitions.get(name);
        return definition == null ? Map.of() : Map.copyOf(definition.props);
    }

    synchronized boolean hasDefinition(String name) {
        return definitions.containsKey(name);
    }

    /** The stored keys of key-value store {@code name}. */
    synchronized Map<String, String> store(String name) {
        return Map.copyOf(stores.getOrDefault(name, Map.of()));
    }

    /** The select filter of resource group {@code name}. */
    synchronized AutoSelectFilter groupFilter(String name) {
        return groups.get(name).getSelectFilter();
    }

    @Override
    public synchronized List<ProtocolMessage> answer(ProtocolMessage call) {
        long id = call.apiCallId();
        return switch (call.content()) {
            case ApiCalls.LST_RSC_DFN -> List.of(list(id, call, listDefinitions(filter(call))));
            case ApiCalls.LST_RSC, ApiCalls.LST_VLM -> List.of(list(id, call, listResources(filter(call))));
            case ApiCalls.LST_KVS -> List.of(list(id, call, listStores(filter(call))));
            case ApiCalls.LST_RSC_GRP -> List.of(list(id, call, listGroups(filter(call))));
            default -> List.of(FakeController.reply(id, mutate(call)));
        };
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse mutate(ProtocolMessage call) {
        return switch (call.content()) {
            case ApiCalls.CRT_RSC_DFN ->
                createDefinition(call.body(0, MsgCrtRscDfn.parser()).getResourceDefinition());
            case ApiCalls.MOD_RSC_DFN -> modifyDefinition(call.body(0, MsgModRscDfn.parser()));
            case ApiCalls.DEL_RSC_DFN ->
                deleteDefinition(call.body(0, MsgDelRscDfn.parser()).getResourceName());
            case ApiCalls.CRT_VLM_DFN -> createVolumes(call.body(0, MsgCrtVlmDfn.parser()));
            case ApiCalls.MOD_VLM_DFN -> resizeVolume(call.body(0, MsgModVlmDfn.parser()));
            case ApiCalls.DEL_VLM_DFN -> deleteVolume(call.body(0, MsgDelVlmDfn.parser()));
            case ApiCalls.CRT_RSC -> createReplica(call.body(0, MsgCrtRsc.parser()));
            case ApiCalls.DEL_RSC -> deleteReplica(call.body(0, MsgDelRsc.parser()));
            case ApiCalls.TOGGLE_DISK -> toggleDisk(call.body(0, MsgToggleDisk.parser()));
            case ApiCalls.AUTO_PLACE_RSC -> autoPlace(call.body(0, MsgAutoPlaceRsc.parser()));
            case ApiCalls.MOD_KVS -> modifyStore(call.body(0, MsgModKvs.parser()));
            case ApiCalls.DEL_KVS ->
                stores.remove(call.body(0, MsgDelKvs.parser()).getKvsName()) == null
                        ? error(RetCodes.FAIL_NOT_FOUND_KVS, "no such store")
                        : ok(RetCodes.DELETED, "store deleted");
            case ApiCalls.CRT_RSC_GRP ->
                createGroup(call.body(0, MsgCrtRscGrp.parser()).getResourceGroup());
            case ApiCalls.MOD_RSC_GRP -> modifyGroup(call.body(0, MsgModRscGrp.parser()));
            case ApiCalls.DEL_RSC_GRP ->
                groups.remove(call.body(0, MsgDelRscGrp.parser()).getResourceGroupName()) == null
                        ? error(RetCodes.FAIL_NOT_FOUND_RSC_GRP, "no such group")
                        : ok(RetCodes.DELETED, "group deleted");
            case ApiCalls.SPAWN_RSC_DFN -> spawn(call.body(0, MsgSpawnRscDfn.parser()));
            case ApiCalls.CRT_WATCH, ApiCalls.DEL_WATCH -> ok(RetCodes.CREATED, call.content() + " done.");
            default -> error(RetCodes.UNKNOWN_API_CALL, "unknown call " + call.content());
        };
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse createDefinition(ResourceDefinition request) {
        if (definitions.containsKey(request.getName())) {
            return error(RetCodes.FAIL_EXISTS_RSC_DFN, "Resource definition '" + request.getName() + "' exists.");
        }
        definitions.put(request.getName(), new Definition());
        return ok(RetCodes.MASK_RSC_DFN | RetCodes.CREATED, "Resource definition '" + request.getName() + "' created.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse modifyDefinition(MsgModRscDfn request) {
        Definition definition = definitions.get(request.getResourceName());
        if (definition == null) {
            return notFound(request.getResourceName());
        }
        applyProps(definition.props, request.getProps());
        return ok(RetCodes.MODIFIED, "Resource definition modified.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse deleteDefinition(String name) {
        return definitions.remove(name) == null ? notFound(name) : ok(RetCodes.DELETED, "deleted " + name);
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse createVolumes(MsgCrtVlmDfn request) {
        Definition definition = definitions.get(request.getResourceName());
        if (definition == null) {
            return notFound(request.getResourceName());
        }
        for (VolumeDefinition volume : request.getVolumeDefinitionsList()) {
            int number = volume.hasVolumeNumber() ? volume.getVolumeNumber() : definition.volumes.size();
            if (definition.volumes.containsKey(number)) {
                return error(RetCodes.FAIL_EXISTS_VLM_DFN, "Volume definition " + number + " exists.");
            }
            definition.volumes.put(number, new long[] {volume.getSizeKib(), nextMinor++});
        }
        return ok(RetCodes.MASK_VLM_DFN | RetCodes.CREATED, "Volume definition created.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse resizeVolume(MsgModVlmDfn request) {
        Definition definition = definitions.get(request.getResourceName());
        long[] volume = definition == null ? null : definition.volumes.get(request.getVolumeNumber());
        if (volume == null) {
            return error(RetCodes.FAIL_NOT_FOUND_VLM_DFN, "Volume definition not found.");
        }
        if (request.hasSizeKib() && request.getSizeKib() < volume[0]) {
            return error(RetCodes.FAIL_INVLD_VLM_SIZE, "Shrinking a volume is not supported.");
        }
        if (request.hasSizeKib()) {
            volume[0] = request.getSizeKib();
        }
        return ok(RetCodes.MODIFIED, "Volume definition resized.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse deleteVolume(MsgDelVlmDfn request) {
        Definition definition = definitions.get(request.getResourceName());
        if (definition == null || definition.volumes.remove(request.getVolumeNumber()) == null) {
            return error(RetCodes.FAIL_NOT_FOUND_VLM_DFN, "Volume definition not found.");
        }
        return ok(RetCodes.DELETED, "Volume definition deleted.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse createReplica(MsgCrtRsc request) {
        Definition definition = definitions.get(request.getResourceName());
        if (definition == null) {
            return notFound(request.getResourceName());
        }
        if (!NODES.contains(request.getNodeName())) {
            return error(RetCodes.FAIL_NOT_FOUND_NODE, "Node '" + request.getNodeName() + "' not found.");
        }
        if (definition.replicas.containsKey(request.getNodeName())) {
            return error(RetCodes.FAIL_EXISTS_RSC, "Resource exists on " + request.getNodeName() + ".");
        }
        boolean diskless = request.getFlagsList().contains(Consts.FLAG_DISKLESS);
        String pool = diskless
                ? "DfltDisklessStorPool"
                : request.getStoragePoolName().isEmpty() ? Consts.DEFAULT_STOR_POOL_NAME : request.getStoragePoolName();
        definition.replicas.put(request.getNodeName(), new Replica(diskless, pool));
        return ok(RetCodes.MASK_RSC | RetCodes.CREATED, "Resource created on " + request.getNodeName() + ".");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse deleteReplica(MsgDelRsc request) {
        Definition definition = definitions.get(request.getResourceName());
        if (definition == null || definition.replicas.remove(request.getNodeName()) == null) {
            return error(RetCodes.FAIL_NOT_FOUND_RSC, "Resource not found on " + request.getNodeName() + ".");
        }
        return ok(RetCodes.DELETED, "Resource deleted.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse toggleDisk(MsgToggleDisk request) {
        Definition definition = definitions.get(request.getResourceName());
        Replica replica = definition == null ? null : definition.replicas.get(request.getNodeName());
        if (replica == null) {
            return error(RetCodes.FAIL_NOT_FOUND_RSC, "Resource not found on " + request.getNodeName() + ".");
        }
        String pool = request.getDiskless()
                ? "DfltDisklessStorPool"
                : request.getStoragePoolName().isEmpty() ? Consts.DEFAULT_STOR_POOL_NAME : request.getStoragePoolName();
        definition.replicas.put(request.getNodeName(), new Replica(request.getDiskless(), pool));
        return ok(RetCodes.MODIFIED, "Disk toggled.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse autoPlace(MsgAutoPlaceRsc request) {
        Definition definition = definitions.get(request.getResourceName());
        if (definition == null) {
            return notFound(request.getResourceName());
        }
        return place(definition, request.getSelectFilter());
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse place(Definition definition, AutoSelectFilter filter) {
        int wanted = filter.hasPlaceCount() ? filter.getPlaceCount() : 2;
        long diskful = definition.replicas.values().stream()
                .filter(replica -> !replica.diskless())
                .count();
        List<String> free = NODES.stream()
                .filter(node -> !definition.replicas.containsKey(node))
                .toList();
        if (free.size() < wanted - diskful) {
            return error(RetCodes.FAIL_NOT_ENOUGH_NODES, "Not enough available nodes");
        }
        String pool = filter.getStoragePool().isEmpty() ? Consts.DEFAULT_STOR_POOL_NAME : filter.getStoragePool();
        for (String node : free) {
            if (diskful < wanted) {
                definition.replicas.put(node, new Replica(false, pool));
                diskful++;
            } else if (filter.getDisklessOnRemaining()) {
                definition.replicas.put(node, new Replica(true, "DfltDisklessStorPool"));
            }
        }
        return ok(RetCodes.CREATED, "Resource placed.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse modifyStore(MsgModKvs request) {
        Map<String, String> store = stores.computeIfAbsent(request.getKvsName(), name -> new TreeMap<>());
        applyProps(store, request.getProps());
        return ok(RetCodes.MASK_KVS | RetCodes.MODIFIED, "Key-value store modified.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse createGroup(ResourceGroup group) {
        if (groups.containsKey(group.getName())) {
            return error(RetCodes.FAIL_EXISTS_RSC_GRP, "Resource group exists.");
        }
        groups.put(group.getName(), group);
        return ok(RetCodes.MASK_RSC_GRP | RetCodes.CREATED, "Resource group created.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse modifyGroup(MsgModRscGrp request) {
        ResourceGroup group = groups.get(request.getResourceGroupName());
        if (group == null) {
            return error(RetCodes.FAIL_NOT_FOUND_RSC_GRP, "Resource group not found.");
        }
        ResourceGroup.Builder changed = group.toBuilder();
        if (request.hasSelectFilter()) {
            changed.setSelectFilter(request.getSelectFilter());
        }
        if (request.hasDescription()) {
            changed.setDescription(request.getDescription());
        }
        groups.put(group.getName(), changed.build());
        return ok(RetCodes.MODIFIED, "Resource group modified.");
    }

    private io.linstorj.protocol.proto.MsgApiCallResponse spawn(MsgSpawnRscDfn request) {
        ResourceGroup group = groups.get(request.getResourceGroupName());
        if (group == null) {
            return error(RetCodes.FAIL_NOT_FOUND_RSC_GRP, "Resource group not found.");
        }
        if (definitions.containsKey(request.getResourceDefinitionName())) {
            return error(RetCodes.FAIL_EXISTS_RSC_DFN, "Resource definition exists.");
        }
        Definition definition = new Definition();
        definition.group = group.getName();
        for (long sizeKib : request.getVolumeSizesKibList()) {
            definition.volumes.put(definition.volumes.size(), new long[] {sizeKib, nextMinor++});
        }
        definitions.put(request.getResourceDefinitionName(), definition);
        return request.getDefinitionsOnly()
                ? ok(RetCodes.CREATED, "Spawned.")
                : place(definition, group.getSelectFilter());
    }

    private MsgLstRscDfn listDefinitions(MsgListFilter filter) {
        MsgLstRscDfn.Builder list = MsgLstRscDfn.newBuilder();
        definitions.forEach((name, definition) -> {
            if (matches(filter.getResourceNamesList(), name)) {
                ResourceDefinition.Builder view = ResourceDefinition.newBuilder()
                        .setName(name)
                        .putAllProps(definition.props)
                        .setResourceGroupName(definition.group);
                definition.volumes.forEach((number, volume) -> view.addVolumeDefinitions(VolumeDefinition.newBuilder()
                        .setVolumeNumber(number)
                        .setSizeKib(volume[0])
                        .setMinorNumber((int) volume[1])));
                list.addResourceDefinitions(view);
            }
        });
        return list.build();
    }

    private MsgLstRsc listResources(MsgListFilter filter) {
        MsgLstRsc.Builder list = MsgLstRsc.newBuilder();
        definitions.forEach((name, definition) -> definition.replicas.forEach((node, replica) -> {
            if (matches(filter.getResourceNamesList(), name) && matches(filter.getNodeNamesList(), node)) {
                Resource.Builder view = Resource.newBuilder().setName(name).setNodeName(node);
                if (replica.diskless()) {
                    view.addFlags(Consts.FLAG_DRBD_DISKLESS);
                }
                definition.volumes.forEach((number, volume) -> view.addVolumes(Volume.newBuilder()
                        .setVolumeNumber(number)
                        .setStoragePoolName(replica.pool())
                        .setBackingDisk(
                                replica.diskless()
                                        ? ""
                                        : "/var/lib/linstorj/" + node + "/" + name + "_" + number + ".img")
                        .setDevicePath("/dev/drbd" + volume[1])
                        .setDiskState(replica.diskless() ? "Diskless" : "UpToDate")
                        .setMinorNumber((int) volume[1])));
                list.addResources(view);
            }
        }));
        return list.build();
    }

    private MsgLstKvs listStores(MsgListFilter filter) {
        MsgLstKvs.Builder list = MsgLstKvs.newBuilder();
        stores.forEach((name, props) -> {
            if (matches(filter.getNamesList(), name)) {
                list.addKeyValueStores(KeyValueStore.newBuilder().setName(name).putAllProps(props));
            }
        });
        return list.build();
    }

    private MsgLstRscGrp listGroups(MsgListFilter filter) {
        MsgLstRscGrp.Builder list = MsgLstRscGrp.newBuilder();
        groups.forEach((name, group) -> {
            if (matches(filter.getNamesList(), name)) {
                list.addResourceGroups(group);
            }
        });
        return list.build();
    }

    private static void applyProps(Map<String, String> props, PropsChange change) {
        props.putAll(change.getOverridePropsMap());
        change.getDeletePropsList().forEach(props::remove);
    }

    private static boolean matches(List<String> wanted, String name) {
        return wanted.isEmpty() || wanted.contains(name);
    }

    private static MsgListFilter filter(ProtocolMessage call) {
        return call.bodies().isEmpty() ? MsgListFilter.getDefaultInstance() : call.body(0, MsgListFilter.parser());
    }

    private static ProtocolMessage list(long id, ProtocolMessage call, MessageLite list) {
        return FakeController.listAnswer(id, call.content(), list);
    }

    private static io.linstorj.protocol.proto.MsgApiCallResponse notFound(String name) {
        return error(RetCodes.FAIL_NOT_FOUND_RSC_DFN, "Resource definition '" + name + "' not found.");
    }

    private static io.linstorj.protocol.proto.MsgApiCallResponse ok(long retCode, String message) {
        return FakeController.response(retCode, message);
    }

    private static io.linstorj.protocol.proto.MsgApiCallResponse error(long retCode, String message) {
        return FakeController.response(retCode | RetCodes.MASK_ERROR, message);
    }

    static List<Long> kib(long... sizes) {
        List<Long> list = new ArrayList<>();
        for (long size : sizes) {
            list.add(size);
        }
        return list;
    }
}

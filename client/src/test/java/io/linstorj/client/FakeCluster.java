package io.linstorj.client;

import static io.linstorj.client.FakeWire.applyProps;
import static io.linstorj.client.FakeWire.asListed;
import static io.linstorj.client.FakeWire.entries;
import static io.linstorj.client.FakeWire.filter;
import static io.linstorj.client.FakeWire.map;
import static io.linstorj.client.FakeWire.matches;
import static io.linstorj.client.FakeWire.uuid;
import static io.linstorj.client.FakeWire.withRef;

import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.linstorj.common.RetCodes;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.MalformedMessageException;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.linstor.ApiCallResponse;
import io.linstorj.protocol.linstor.AutoSelectFilter;
import io.linstorj.protocol.linstor.DrbdRscDfn;
import io.linstorj.protocol.linstor.DrbdVlmDfn;
import io.linstorj.protocol.linstor.Filter;
import io.linstorj.protocol.linstor.Kvs;
import io.linstorj.protocol.linstor.LayerType;
import io.linstorj.protocol.linstor.MsgAutoPlaceRsc;
import io.linstorj.protocol.linstor.MsgCrtRsc;
import io.linstorj.protocol.linstor.MsgCrtRscDfn;
import io.linstorj.protocol.linstor.MsgCrtRscGrp;
import io.linstorj.protocol.linstor.MsgCrtVlmDfn;
import io.linstorj.protocol.linstor.MsgCrtWatch;
import io.linstorj.protocol.linstor.MsgDelKvs;
import io.linstorj.protocol.linstor.MsgDelRsc;
import io.linstorj.protocol.linstor.MsgDelRscDfn;
import io.linstorj.protocol.linstor.MsgDelRscGrp;
import io.linstorj.protocol.linstor.MsgDelVlmDfn;
import io.linstorj.protocol.linstor.MsgDelWatch;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgModKvs;
import io.linstorj.protocol.linstor.MsgModRscDfn;
import io.linstorj.protocol.linstor.MsgModRscGrp;
import io.linstorj.protocol.linstor.MsgModVlmDfn;
import io.linstorj.protocol.linstor.MsgRspKvs;
import io.linstorj.protocol.linstor.MsgSpawnRscDfn;
import io.linstorj.protocol.linstor.MsgToggleDisk;
import io.linstorj.protocol.linstor.ProviderType;
import io.linstorj.protocol.linstor.Rsc;
import io.linstorj.protocol.linstor.RscDfn;
import io.linstorj.protocol.linstor.RscDfnLayerData;
import io.linstorj.protocol.linstor.RscGrp;
import io.linstorj.protocol.linstor.RscState;
import io.linstorj.protocol.linstor.RscWithPayload;
import io.linstorj.protocol.linstor.Vlm;
import io.linstorj.protocol.linstor.VlmDfn;
import io.linstorj.protocol.linstor.VlmDfnLayerData;
import io.linstorj.protocol.linstor.VlmDfnWithPayload;
import io.linstorj.protocol.linstor.VlmState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scripted controller's model for tests of the high-level API: resource definitions, volume
 * definitions, replicas on three nodes (alpha, bravo, charlie), key-value stores and resource
 * groups. It parses the requests and writes the answers in LINSTOR's dialect (the wire schemas,
 * {@code io.linstorj.protocol.linstor}) as the controller's LINSTOR-dialect call table does: the
 * same call names and fields, properties as repeated LinStorMapEntry, reply entries with ret code,
 * masks and object references, and the same refusals (shrinks, duplicates, unknown objects, fields
 * LinstorJ does not take). Replicas report at once: diskful volumes UpToDate on a backing file,
 * diskless ones Diskless, all with device {@code /dev/drbd<minor>}.
 */
final class FakeCluster implements FakeController.Responder {
    static final List<String> NODES = List.of("alpha", "bravo", "charlie");

    private static final String DISKLESS_POOL = "DfltDisklessStorPool";
    private static final String DEFAULT_GROUP = "DfltRscGrp";
    private static final String PROVIDER = "FILE_THIN";

    private final Map<String, Definition> definitions = new TreeMap<>();
    private final Map<String, Map<String, String>> stores = new TreeMap<>();
    private final Map<String, RscGrp> groups = new TreeMap<>();
    private int nextMinor = 1000;
    private int nextPort = 7000;

    /** A resource definition with its volume definitions and replicas. */
    private static final class Definition {
        final Map<String, String> props = new TreeMap<>();
        final Map<Integer, VolumeDefinition> volumes = new TreeMap<>();
        final Map<String, Replica> replicas = new TreeMap<>();
        final int port;
        String group = DEFAULT_GROUP;

        Definition(int port) {
            this.port = port;
        }
    }

    /** A volume definition; its size changes with resizes, its minor never. */
    private static final class VolumeDefinition {
        long sizeKib;
        final int minor;

        VolumeDefinition(long sizeKib, int minor) {
            this.sizeKib = sizeKib;
            this.minor = minor;
        }
    }

    private record Replica(boolean diskless, String pool) {}

    /** Adds resource {@code name} with volumes of these sizes and diskful replicas on these nodes. */
    synchronized FakeCluster withResource(String name, List<Long> sizesKib, List<String> diskfulNodes) {
        Definition definition = new Definition(nextPort++);
        for (int i = 0; i < sizesKib.size(); i++) {
            definition.volumes.put(i, new VolumeDefinition(sizesKib.get(i), nextMinor++));
        }
        diskfulNodes.forEach(node -> definition.replicas.put(node, new Replica(false, Consts.DEFAULT_STOR_POOL_NAME)));
        definitions.put(name, definition);
        return this;
    }

    /** Adds a diskless replica of resource {@code name} on {@code node}. */
    synchronized FakeCluster withDisklessReplica(String name, String node) {
        definitions.get(name).replicas.put(node, new Replica(true, DISKLESS_POOL));
        return this;
    }

    /** Sets the size of volume {@code number} of {@code name}, as another client's resize would. */
    synchronized void resize(String name, int number, long sizeKib) {
        definitions.get(name).volumes.get(number).sizeKib = sizeKib;
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
        definitions.get(name).volumes.forEach((number, volume) -> sizes.put(number, volume.sizeKib));
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

    /** The select filter of resource group {@code name}, as the controller lists it. */
    synchronized AutoSelectFilter groupFilter(String name) {
        return groups.get(name).getSelectFilter();
    }

    @Override
    public synchronized List<ProtocolMessage> answer(ProtocolMessage call) {
        long id = call.apiCallId();
        try {
            return switch (call.content()) {
                case ApiCalls.LST_RSC_DFN -> List.of(list(id, call, listDefinitions(filter(call))));
                case ApiCalls.LST_RSC -> List.of(list(id, call, listResources(filter(call), List.of())));
                case ApiCalls.LST_VLM ->
                    List.of(list(
                            id, call, listResources(filter(call), filter(call).getStorPoolNamesList())));
                case ApiCalls.LST_KVS -> List.of(list(id, call, listStores(filter(call))));
                case ApiCalls.LST_RSC_GRP -> List.of(list(id, call, listGroups(filter(call))));
                default -> List.of(FakeController.reply(id, mutate(call).toArray(ApiCallResponse[]::new)));
            };
        } catch (MalformedMessageException e) {
            return List.of(FakeController.reply(
                    id,
                    FakeController.response(
                                    RetCodes.API_CALL_PARSE_ERROR,
                                    "The body of API call '" + call.content() + "' could not be parsed.")
                            .toBuilder()
                            .setCause(e.getMessage())
                            .setCorrection(
                                    "Send the request message the protocol defines for '" + call.content() + "'.")
                            .build()));
        }
    }

    private List<ApiCallResponse> mutate(ProtocolMessage call) {
        return switch (call.content()) {
            case ApiCalls.CRT_RSC_DFN -> List.of(createDefinition(body(call, MsgCrtRscDfn.parser())));
            case ApiCalls.MOD_RSC_DFN -> List.of(modifyDefinition(body(call, MsgModRscDfn.parser())));
            case ApiCalls.DEL_RSC_DFN ->
                List.of(deleteDefinition(body(call, MsgDelRscDfn.parser()).getRscName()));
            case ApiCalls.CRT_VLM_DFN -> List.of(createVolumes(body(call, MsgCrtVlmDfn.parser())));
            case ApiCalls.MOD_VLM_DFN -> List.of(resizeVolume(body(call, MsgModVlmDfn.parser())));
            case ApiCalls.DEL_VLM_DFN -> List.of(deleteVolume(body(call, MsgDelVlmDfn.parser())));
            case ApiCalls.CRT_RSC -> createReplicas(body(call, MsgCrtRsc.parser()));
            case ApiCalls.DEL_RSC -> List.of(deleteReplica(body(call, MsgDelRsc.parser())));
            case ApiCalls.TOGGLE_DISK -> List.of(toggleDisk(body(call, MsgToggleDisk.parser())));
            case ApiCalls.AUTO_PLACE_RSC -> List.of(autoPlace(body(call, MsgAutoPlaceRsc.parser())));
            case ApiCalls.MOD_KVS -> List.of(modifyStore(body(call, MsgModKvs.parser())));
            case ApiCalls.DEL_KVS ->
                List.of(deleteStore(body(call, MsgDelKvs.parser()).getKvsName()));
            case ApiCalls.CRT_RSC_GRP ->
                List.of(createGroup(body(call, MsgCrtRscGrp.parser()).getRscGrp()));
            case ApiCalls.MOD_RSC_GRP -> List.of(modifyGroup(body(call, MsgModRscGrp.parser())));
            case ApiCalls.DEL_RSC_GRP ->
                List.of(deleteGroup(body(call, MsgDelRscGrp.parser()).getRscGrpName()));
            case ApiCalls.SPAWN_RSC_DFN -> List.of(spawn(body(call, MsgSpawnRscDfn.parser())));
            case ApiCalls.CRT_WATCH -> {
                int watchId = body(call, MsgCrtWatch.parser()).getWatchId();
                yield List.of(ok(RetCodes.MASK_CRT | RetCodes.CREATED, "Watch " + watchId + " created."));
            }
            case ApiCalls.DEL_WATCH -> {
                int watchId = body(call, MsgDelWatch.parser()).getWatchId();
                yield List.of(ok(RetCodes.MASK_DEL | RetCodes.DELETED, "Watch " + watchId + " deleted."));
            }
            default ->
                List.of(
                        FakeController.response(RetCodes.UNKNOWN_API_CALL, "Unknown API call '" + call.content() + "'.")
                                .toBuilder()
                                .setCorrection("This controller does not know that call; check the client's version.")
                                .build());
        };
    }

    // --- resource and volume definitions ------------------------------------------------------------

    private ApiCallResponse createDefinition(MsgCrtRscDfn request) {
        long masks = RetCodes.MASK_CRT | RetCodes.MASK_RSC_DFN;
        String name = request.getRscDfn().getRscName();
        if (request.hasDrbdSecret() || request.hasDrbdNewPeerSlots() || !"IP".equals(request.getDrbdTransportType())) {
            return refusal(
                    RetCodes.FAIL_INVLD_REQUEST | masks,
                    "A DRBD secret, peer slot count or transport other than IP cannot be given to LinstorJ.",
                    "Leave drbd_secret, drbd_new_peer_slots and drbd_transport_type unset: LinstorJ chooses them.");
        }
        if (definitions.containsKey(name)) {
            return error(RetCodes.FAIL_EXISTS_RSC_DFN | masks, "Resource definition '" + name + "' exists.", name);
        }
        int port = request.getDrbdPort() != 0 ? request.getDrbdPort() : nextPort++;
        Definition definition = new Definition(port);
        RscDfn given = request.getRscDfn();
        definition.props.putAll(map(given.getRscDfnPropsList()));
        if (!given.getRscGrpName().isEmpty()) {
            definition.group = given.getRscGrpName();
        }
        for (VlmDfn volume : given.getVlmDfnsList()) {
            int number = volume.hasVlmNr() ? volume.getVlmNr() : definition.volumes.size();
            int minor = volume.hasMinorNr() ? volume.getMinorNr() : nextMinor++;
            definition.volumes.put(number, new VolumeDefinition(volume.getVlmSize(), minor));
        }
        definitions.put(name, definition);
        return ok(RetCodes.CREATED | masks, "Resource definition '" + name + "' created.", name);
    }

    private ApiCallResponse modifyDefinition(MsgModRscDfn request) {
        long masks = RetCodes.MASK_MOD | RetCodes.MASK_RSC_DFN;
        if (request.hasRscDfnPort()
                || request.hasDrbdPort()
                || request.hasDrbdSecret()
                || request.hasDrbdTransportType()
                || request.hasDrbdNewRscPeerSlots()
                || request.getLayerStackCount() > 0) {
            return refusal(
                    RetCodes.FAIL_INVLD_REQUEST | masks,
                    "LinstorJ does not change a resource definition's port, secret, transport, peer slots or layers.",
                    "Modify only properties; to move a resource to another port, recreate its definition.");
        }
        Definition definition = definitions.get(request.getRscName());
        if (definition == null) {
            return notFound(request.getRscName(), masks);
        }
        applyProps(
                definition.props,
                request.getOverridePropsList(),
                request.getDeletePropKeysList(),
                request.getDelNamespacesList());
        return ok(RetCodes.MODIFIED | masks, "Resource definition modified.", request.getRscName());
    }

    private ApiCallResponse deleteDefinition(String name) {
        long masks = RetCodes.MASK_DEL | RetCodes.MASK_RSC_DFN;
        return definitions.remove(name) == null
                ? notFound(name, masks)
                : ok(RetCodes.DELETED | masks, "deleted " + name, name);
    }

    private ApiCallResponse createVolumes(MsgCrtVlmDfn request) {
        long masks = RetCodes.MASK_CRT | RetCodes.MASK_VLM_DFN;
        Definition definition = definitions.get(request.getRscName());
        if (definition == null) {
            return notFound(request.getRscName(), masks);
        }
        for (VlmDfnWithPayload payload : request.getVlmDfnsList()) {
            VlmDfn volume = payload.getVlmDfn();
            int number = volume.hasVlmNr() ? volume.getVlmNr() : definition.volumes.size();
            if (definition.volumes.containsKey(number)) {
                return error(
                        RetCodes.FAIL_EXISTS_VLM_DFN | masks,
                        "Volume definition " + number + " exists.",
                        request.getRscName());
            }
            int minor = payload.hasDrbdMinorNr() ? payload.getDrbdMinorNr() : nextMinor++;
            definition.volumes.put(number, new VolumeDefinition(volume.getVlmSize(), minor));
        }
        return ok(RetCodes.CREATED | masks, "Volume definition created.", request.getRscName());
    }

    private ApiCallResponse resizeVolume(MsgModVlmDfn request) {
        long masks = RetCodes.MASK_MOD | RetCodes.MASK_VLM_DFN;
        if (request.hasVlmMinor()) {
            return refusal(
                    RetCodes.FAIL_INVLD_MINOR_NR | masks,
                    "LinstorJ does not change the DRBD minor of a volume definition.",
                    "Leave vlm_minor unset; to use another minor, recreate the volume definition with it.");
        }
        Definition definition = definitions.get(request.getRscName());
        VolumeDefinition volume = definition == null ? null : definition.volumes.get(request.getVlmNr());
        if (volume == null) {
            return error(RetCodes.FAIL_NOT_FOUND_VLM_DFN | masks, "Volume definition not found.", request.getRscName());
        }
        if (request.hasVlmSize() && request.getVlmSize() < volume.sizeKib) {
            return error(
                    RetCodes.FAIL_INVLD_VLM_SIZE | masks, "Shrinking a volume is not supported.", request.getRscName());
        }
        if (request.hasVlmSize()) {
            volume.sizeKib = request.getVlmSize();
        }
        return ok(RetCodes.MODIFIED | masks, "Volume definition resized.", request.getRscName());
    }

    private ApiCallResponse deleteVolume(MsgDelVlmDfn request) {
        long masks = RetCodes.MASK_DEL | RetCodes.MASK_VLM_DFN;
        Definition definition = definitions.get(request.getRscName());
        if (definition == null || definition.volumes.remove(request.getVlmNr()) == null) {
            return error(RetCodes.FAIL_NOT_FOUND_VLM_DFN | masks, "Volume definition not found.", request.getRscName());
        }
        return ok(RetCodes.DELETED | masks, "Volume definition deleted.", request.getRscName());
    }

    // --- resources -------------------------------------------------------------------------------------

    /**
     * One after the other, as the controller creates them: a refusal ends the call, and those
     * before it stay created.
     */
    private List<ApiCallResponse> createReplicas(MsgCrtRsc request) {
        if (request.getRscsCount() == 0) {
            return List.of(refusal(
                    RetCodes.FAIL_INVLD_REQUEST | RetCodes.MASK_RSC | RetCodes.MASK_CRT,
                    "The request names no resource to create.",
                    "Send at least one resource in MsgCrtRsc.rscs."));
        }
        List<ApiCallResponse> replies = new ArrayList<>();
        for (RscWithPayload payload : request.getRscsList()) {
            ApiCallResponse reply = createReplica(payload.getRsc());
            replies.add(reply);
            if (RetCodes.isError(reply.getRetCode())) {
                break;
            }
        }
        return replies;
    }

    /** The pool comes from the resource's StorPoolName property, as the controller reads it. */
    private ApiCallResponse createReplica(Rsc request) {
        long masks = RetCodes.MASK_CRT | RetCodes.MASK_RSC;
        String node = request.getNodeName();
        Definition definition = definitions.get(request.getName());
        if (definition == null) {
            return notFound(request.getName(), masks);
        }
        if (!NODES.contains(node)) {
            return error(RetCodes.FAIL_NOT_FOUND_NODE | masks, "Node '" + node + "' not found.", request.getName());
        }
        if (definition.replicas.containsKey(node)) {
            return error(RetCodes.FAIL_EXISTS_RSC | masks, "Resource exists on " + node + ".", request.getName());
        }
        boolean diskless = request.getRscFlagsList().contains(Consts.FLAG_DISKLESS);
        String pool = map(request.getPropsList()).getOrDefault(Consts.KEY_STOR_POOL_NAME, "");
        definition.replicas.put(node, new Replica(diskless, diskless ? DISKLESS_POOL : orDefaultPool(pool)));
        return ok(RetCodes.CREATED | masks, "Resource created on " + node + ".", request.getName(), node);
    }

    private ApiCallResponse deleteReplica(MsgDelRsc request) {
        long masks = RetCodes.MASK_DEL | RetCodes.MASK_RSC;
        Definition definition = definitions.get(request.getRscName());
        if (definition == null || definition.replicas.remove(request.getNodeName()) == null) {
            return error(
                    RetCodes.FAIL_NOT_FOUND_RSC | masks,
                    "Resource not found on " + request.getNodeName() + ".",
                    request.getRscName(),
                    request.getNodeName());
        }
        return ok(RetCodes.DELETED | masks, "Resource deleted.", request.getRscName(), request.getNodeName());
    }

    private ApiCallResponse toggleDisk(MsgToggleDisk request) {
        long masks = RetCodes.MASK_MOD | RetCodes.MASK_RSC;
        if (request.hasMigrateFrom()) {
            return refusal(
                    RetCodes.FAIL_INVLD_REQUEST | masks,
                    "LinstorJ does not migrate a disk from another node while toggling it.",
                    "Leave migrate_from unset: make the new replica diskful, then delete the old one.");
        }
        Definition definition = definitions.get(request.getRscName());
        Replica replica = definition == null ? null : definition.replicas.get(request.getNodeName());
        if (replica == null) {
            return error(
                    RetCodes.FAIL_NOT_FOUND_RSC | masks,
                    "Resource not found on " + request.getNodeName() + ".",
                    request.getRscName(),
                    request.getNodeName());
        }
        String pool = request.getDiskless() ? DISKLESS_POOL : orDefaultPool(request.getStorPoolName());
        definition.replicas.put(request.getNodeName(), new Replica(request.getDiskless(), pool));
        return ok(RetCodes.MODIFIED | masks, "Disk toggled.", request.getRscName(), request.getNodeName());
    }

    /** The call's diskless_on_remaining is or-ed with the filter's, as the controller does. */
    private ApiCallResponse autoPlace(MsgAutoPlaceRsc request) {
        Definition definition = definitions.get(request.getRscName());
        if (definition == null) {
            return notFound(request.getRscName(), RetCodes.MASK_CRT | RetCodes.MASK_RSC);
        }
        return place(
                request.getRscName(),
                definition,
                request.getSelectFilter(),
                request.getDisklessOnRemaining() || request.getSelectFilter().getDisklessOnRemaining());
    }

    private ApiCallResponse place(
            String name, Definition definition, AutoSelectFilter filter, boolean disklessOnRemaining) {
        long masks = RetCodes.MASK_CRT | RetCodes.MASK_RSC;
        int wanted = filter.hasPlaceCount() ? filter.getPlaceCount() : 2;
        long diskful = definition.replicas.values().stream()
                .filter(replica -> !replica.diskless())
                .count();
        List<String> free = NODES.stream()
                .filter(node -> !definition.replicas.containsKey(node))
                .toList();
        if (free.size() < wanted - diskful) {
            return error(RetCodes.FAIL_NOT_ENOUGH_NODES | masks, "Not enough available nodes", name);
        }
        String pool = orDefaultPool(filter.getStoragePool());
        for (String node : free) {
            if (diskful < wanted) {
                definition.replicas.put(node, new Replica(false, pool));
                diskful++;
            } else if (disklessOnRemaining) {
                definition.replicas.put(node, new Replica(true, DISKLESS_POOL));
            }
        }
        return ok(RetCodes.CREATED | masks, "Resource placed.", name);
    }

    // --- key-value stores --------------------------------------------------------------------------

    private ApiCallResponse modifyStore(MsgModKvs request) {
        Map<String, String> store = stores.computeIfAbsent(request.getKvsName(), name -> new TreeMap<>());
        applyProps(
                store, request.getOverridePropsList(), request.getDeletePropKeysList(), request.getDelNamespacesList());
        return withRef(
                FakeController.response(
                        RetCodes.MASK_MOD | RetCodes.MASK_KVS | RetCodes.MODIFIED, "Key-value store modified."),
                "KeyValueStore",
                request.getKvsName());
    }

    private ApiCallResponse deleteStore(String name) {
        long masks = RetCodes.MASK_DEL | RetCodes.MASK_KVS;
        ApiCallResponse entry = stores.remove(name) == null
                ? FakeController.response(RetCodes.FAIL_NOT_FOUND_KVS | masks, "no such store")
                : FakeController.response(RetCodes.DELETED | masks, "store deleted");
        return withRef(entry, "KeyValueStore", name);
    }

    // --- resource groups ----------------------------------------------------------------------------

    private ApiCallResponse createGroup(RscGrp group) {
        long masks = RetCodes.MASK_CRT | RetCodes.MASK_RSC_GRP;
        if (groups.containsKey(group.getName())) {
            return groupEntry(RetCodes.FAIL_EXISTS_RSC_GRP | masks, "Resource group exists.", group.getName());
        }
        groups.put(
                group.getName(),
                group.toBuilder()
                        .setUuid(uuid("RscGrp", group.getName()))
                        .setDescription(group.getDescription())
                        .setSelectFilter(asListed(group.getSelectFilter()))
                        .build());
        return groupEntry(RetCodes.CREATED | masks, "Resource group created.", group.getName());
    }

    /** An absent description or select filter keeps the group's, as in the controller. */
    private ApiCallResponse modifyGroup(MsgModRscGrp request) {
        long masks = RetCodes.MASK_MOD | RetCodes.MASK_RSC_GRP;
        RscGrp group = groups.get(request.getRscGrpName());
        if (group == null) {
            return groupEntry(
                    RetCodes.FAIL_NOT_FOUND_RSC_GRP | masks, "Resource group not found.", request.getRscGrpName());
        }
        RscGrp.Builder changed = group.toBuilder();
        if (request.hasSelectFilter()) {
            changed.setSelectFilter(asListed(request.getSelectFilter()));
        }
        if (request.hasDescription()) {
            changed.setDescription(request.getDescription());
        }
        Map<String, String> props = new TreeMap<>(map(group.getPropsList()));
        applyProps(
                props, request.getOverridePropsList(), request.getDeletePropKeysList(), request.getDelNamespacesList());
        changed.clearProps().addAllProps(entries(props));
        groups.put(group.getName(), changed.build());
        return groupEntry(RetCodes.MODIFIED | masks, "Resource group modified.", group.getName());
    }

    private ApiCallResponse deleteGroup(String name) {
        long masks = RetCodes.MASK_DEL | RetCodes.MASK_RSC_GRP;
        return groups.remove(name) == null
                ? groupEntry(RetCodes.FAIL_NOT_FOUND_RSC_GRP | masks, "no such group", name)
                : groupEntry(RetCodes.DELETED | masks, "group deleted", name);
    }

    private ApiCallResponse spawn(MsgSpawnRscDfn request) {
        long masks = RetCodes.MASK_CRT | RetCodes.MASK_RSC_DFN;
        RscGrp group = groups.get(request.getRscGrpName());
        if (group == null) {
            return groupEntry(
                    RetCodes.FAIL_NOT_FOUND_RSC_GRP | masks, "Resource group not found.", request.getRscGrpName());
        }
        String name = request.getRscDfnName();
        if (definitions.containsKey(name)) {
            return error(RetCodes.FAIL_EXISTS_RSC_DFN | masks, "Resource definition exists.", name);
        }
        Definition definition = new Definition(nextPort++);
        definition.group = group.getName();
        for (long sizeKib : request.getVlmSizesList()) {
            definition.volumes.put(definition.volumes.size(), new VolumeDefinition(sizeKib, nextMinor++));
        }
        definitions.put(name, definition);
        AutoSelectFilter filter = group.getSelectFilter();
        return request.getDefinitionsOnly()
                ? ok(RetCodes.CREATED | masks, "Spawned.", name)
                : place(name, definition, filter, filter.getDisklessOnRemaining());
    }

    // --- lists ----------------------------------------------------------------------------------------

    private MsgLstRscDfn listDefinitions(Filter filter) {
        MsgLstRscDfn.Builder list = MsgLstRscDfn.newBuilder();
        definitions.forEach((name, definition) -> {
            if (matches(filter.getResourceNamesList(), name)) {
                RscDfn.Builder view = RscDfn.newBuilder()
                        .setRscDfnUuid(uuid("RscDfn", name))
                        .setRscName(name)
                        .addAllRscDfnProps(entries(definition.props))
                        .addLayerData(RscDfnLayerData.newBuilder()
                                .setLayerType(LayerType.DRBD)
                                .setDrbd(DrbdRscDfn.newBuilder()
                                        .setRscNameSuffix("")
                                        .setPeersSlots(7)
                                        .setAlStripes(1)
                                        .setAlSize(32)
                                        .setPort(definition.port)
                                        .setTransportType("IP")
                                        .setSecret("")
                                        .setDown(false)))
                        .setDrbdPort(definition.port)
                        .setRscGrpName(definition.group);
                definition.volumes.forEach((number, volume) -> view.addVlmDfns(VlmDfn.newBuilder()
                        .setVlmDfnUuid(uuid("VlmDfn", name + "/" + number))
                        .setVlmNr(number)
                        .setVlmSize(volume.sizeKib)
                        .addLayerData(VlmDfnLayerData.newBuilder()
                                .setLayerType(LayerType.DRBD)
                                .setDrbd(DrbdVlmDfn.newBuilder()
                                        .setRscNameSuffix("")
                                        .setVlmNr(number)
                                        .setMinor(volume.minor)))
                        .setMinorNr(volume.minor)));
                list.addRscDfns(view);
            }
        });
        return list.build();
    }

    /** The resources with their volumes (in {@code pools} only, when named) and their states beside them. */
    private MsgLstRsc listResources(Filter filter, List<String> pools) {
        MsgLstRsc.Builder list = MsgLstRsc.newBuilder();
        definitions.forEach((name, definition) -> definition.replicas.forEach((node, replica) -> {
            if (!matches(filter.getResourceNamesList(), name)
                    || !matches(filter.getNodeNamesList(), node)
                    || !matches(pools, replica.pool())) {
                return;
            }
            Rsc.Builder view = Rsc.newBuilder()
                    .setUuid(uuid("Rsc", name + "/" + node))
                    .setName(name)
                    .setNodeName(node)
                    .setDrbdNodeId(NODES.indexOf(node));
            if (replica.diskless()) {
                view.addRscFlags(Consts.FLAG_DISKLESS).addRscFlags(Consts.FLAG_DRBD_DISKLESS);
            }
            RscState.Builder state = RscState.newBuilder()
                    .setRscName(name)
                    .setNodeName(node)
                    .setInUse(false)
                    .setReady(true);
            definition.volumes.forEach((number, volume) -> {
                String diskState = replica.diskless() ? "Diskless" : "UpToDate";
                view.addVlms(Vlm.newBuilder()
                        .setVlmUuid(uuid("Vlm", name + "/" + node + "/" + number))
                        .setVlmNr(number)
                        .setStorPoolName(replica.pool())
                        .setProviderKind(replica.diskless() ? ProviderType.DISKLESS : ProviderType.UNKNOWN_PROVIDER)
                        .setProviderKindName(replica.diskless() ? "DISKLESS" : PROVIDER)
                        .setMinorNr(volume.minor)
                        .setDevicePath("/dev/drbd" + volume.minor)
                        .setBackingDisk(
                                replica.diskless()
                                        ? ""
                                        : "/var/lib/linstorj/" + node + "/" + name + "_" + number + ".img")
                        .setDiskState(diskState));
                state.addVlmStates(VlmState.newBuilder().setVlmNr(number).setDiskState(diskState));
            });
            list.addResources(view);
            list.addResourceStates(state);
        }));
        return list.build();
    }

    private MsgRspKvs listStores(Filter filter) {
        MsgRspKvs.Builder list = MsgRspKvs.newBuilder();
        stores.forEach((name, props) -> {
            if (matches(filter.getNamesList(), name)) {
                list.addKeyValueStore(Kvs.newBuilder().setName(name).addAllProps(entries(props)));
            }
        });
        return list.build();
    }

    private MsgLstRscGrp listGroups(Filter filter) {
        MsgLstRscGrp.Builder list = MsgLstRscGrp.newBuilder();
        groups.forEach((name, group) -> {
            if (matches(filter.getNamesList(), name)) {
                list.addRscGrps(group);
            }
        });
        return list.build();
    }

    // --- wire pieces ---------------------------------------------------------------------------------

    private static <T> T body(ProtocolMessage call, Parser<T> parser) {
        return call.body(0, parser);
    }

    private static ProtocolMessage list(long id, ProtocolMessage call, MessageLite list) {
        return FakeController.listAnswer(id, call.content(), list);
    }

    private static String orDefaultPool(String pool) {
        return pool.isEmpty() ? Consts.DEFAULT_STOR_POOL_NAME : pool;
    }

    private static ApiCallResponse notFound(String name, long masks) {
        return error(RetCodes.FAIL_NOT_FOUND_RSC_DFN | masks, "Resource definition '" + name + "' not found.", name);
    }

    /** A success entry about the definition {@code name} (and the replica on {@code node}). */
    private static ApiCallResponse ok(long retCode, String message, String name, String... node) {
        return definitionRefs(FakeController.response(retCode, message), name, node);
    }

    private static ApiCallResponse ok(long retCode, String message) {
        return FakeController.response(retCode, message);
    }

    /** An error entry about the definition {@code name} (and the replica on {@code node}). */
    private static ApiCallResponse error(long retCode, String message, String name, String... node) {
        return definitionRefs(FakeController.response(retCode | RetCodes.MASK_ERROR, message), name, node);
    }

    /** A refusal of a field LinstorJ does not take, with the correction the controller gives. */
    private static ApiCallResponse refusal(long retCode, String message, String correction) {
        return FakeController.response(retCode | RetCodes.MASK_ERROR, message).toBuilder()
                .setCorrection(correction)
                .build();
    }

    private static ApiCallResponse groupEntry(long retCode, String message, String group) {
        return withRef(FakeController.response(retCode, message), "RscGrp", group);
    }

    private static ApiCallResponse definitionRefs(ApiCallResponse entry, String name, String... node) {
        ApiCallResponse withDefinition = withRef(entry, "RscDfn", name);
        return node.length == 0 ? withDefinition : withRef(withDefinition, "Node", node[0]);
    }

    static List<Long> kib(long... sizes) {
        List<Long> list = new ArrayList<>();
        for (long size : sizes) {
            list.add(size);
        }
        return list;
    }
}

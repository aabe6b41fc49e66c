package io.linstorj.client;

import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.linstorj.client.internal.BinaryTransport;
import io.linstorj.client.internal.BinaryTransportSupport;
import io.linstorj.client.internal.ClientConnection;
import io.linstorj.client.internal.ControllerAddress;
import io.linstorj.client.internal.ControllerList;
import io.linstorj.client.internal.GroupRequests;
import io.linstorj.client.internal.Requests;
import io.linstorj.client.internal.SnapshotCalls;
import io.linstorj.client.internal.Transport;
import io.linstorj.client.internal.WatchRun;
import io.linstorj.client.internal.WatchTask;
import io.linstorj.client.internal.rest.RestConfig;
import io.linstorj.client.internal.rest.RestTransport;
import io.linstorj.client.internal.rest.TlsTrust;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.linstor.MsgLstCtrlCfgProps;
import io.linstorj.protocol.linstor.MsgLstNode;
import io.linstorj.protocol.linstor.MsgLstRsc;
import io.linstorj.protocol.linstor.MsgLstRscDfn;
import io.linstorj.protocol.linstor.MsgLstRscGrp;
import io.linstorj.protocol.linstor.MsgLstStorPool;
import io.linstorj.protocol.linstor.MsgLstStorPoolDfn;
import io.linstorj.protocol.linstor.MsgLstVlmGrp;
import io.linstorj.protocol.linstor.MsgRspKvs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The low-level LINSTOR client: one connection to a controller, and a method per API call.
 *
 * <pre>{@code
 * try (Linstor lin = Linstor.connect("linstor://127.0.0.1")) {
 *     List<ApiCallResponse> replies = lin.nodeCreate("alpha", "127.0.0.11", Consts.VAL_NODE_TYPE_STLT);
 *     replies.forEach(System.out::println); // SUCCESS: Node 'alpha' registered.
 *     if (!Linstor.allApiResponsesSuccess(replies)) {
 *         throw new IllegalStateException("node not created");
 *     }
 *     for (NodeInfo node : lin.nodeList().get(0).nodes()) {
 *         System.out.println(node.name() + " " + node.address() + " " + node.connectionStatus());
 *     }
 * }
 * }</pre>
 *
 * <p>URIs: {@code linstor://host[:port]} (the client protocol, port 3376 by default; a bare
 * {@code host[:port]} means the same), {@code http://host[:port]} and {@code https://host[:port]}
 * (LINSTOR's REST API v1, ports 3370 and 3371 by default, spoken to LinstorJ's and to LINBIT's
 * controllers alike). The same calls give the same answers over both, watches included (how a
 * watch gets its events over REST: {@link #watchEvents}), snapshots and clones
 * ({@link #snapshotCreate}, ...) included. {@code linstor+ssl://} is recognised but
 * not spoken yet: {@link #connect()} refuses it with a {@link LinstorError}. Several controllers,
 * timeouts, credentials: {@link #builder()}.
 *
 * <p>Calls block until the controller's answer, at most the call timeout (5 minutes by default,
 * like LINSTOR's). Mutations return the controller's {@link ApiCallResponse} entries: a refusal
 * is data, not an exception. List calls return their typed answers and throw
 * {@link LinstorApiCallError} when refused. Every call throws {@link LinstorNetworkError} when no
 * answer comes (connection refused, lost, timed out): after a mutation, the controller may have
 * applied it. Calls before {@link #connect()} or after {@link #disconnect()} throw
 * {@link IllegalStateException}.
 *
 * <p>Thread-safe: one instance carries concurrent calls from many threads over one connection
 * (over REST: one shared HTTP client).
 */
public final class Linstor implements AutoCloseable {
    /** How long a call waits for its answer unless configured otherwise: 5 minutes. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(5);
    /** How long connecting (TCP and the controller's Version) may take unless configured otherwise. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** How often a watch over REST polls a controller without LinstorJ's watch streams, unless configured otherwise: 2 s. */
    public static final Duration DEFAULT_EVENT_POLL_INTERVAL = Duration.ofSeconds(2);

    /** The {@code User-Agent} of REST requests unless configured otherwise. */
    public static final String DEFAULT_USER_AGENT = "LinstorJ-client";

    private final List<ControllerAddress> addresses;
    private final Duration callTimeout;
    private final Duration connectTimeout;
    private final RestConfig restConfig;
    private final Object lifecycle = new Object();
    private volatile @Nullable Transport transport;

    /**
     * Creates a client of the controller at {@code uri}, not yet connected, with the default
     * timeouts.
     *
     * @throws IllegalArgumentException if {@code uri} is malformed or of an unknown scheme
     */
    public Linstor(String uri) {
        this(uri, DEFAULT_CALL_TIMEOUT, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * Creates a client of the controller at {@code uri}, not yet connected, whose calls wait at
     * most {@code callTimeout} for their answers.
     *
     * @throws IllegalArgumentException if {@code uri} is malformed or the timeout is not positive
     */
    public Linstor(String uri, Duration callTimeout) {
        this(uri, callTimeout, DEFAULT_CONNECT_TIMEOUT);
    }

    /**
     * Creates a client of the controller at {@code uri}, not yet connected, with both timeouts.
     *
     * @param uri the controller, e.g. {@code linstor://127.0.0.1:3376} or {@code http://127.0.0.1:3370}
     * @param callTimeout how long each call waits for its answer
     * @param connectTimeout how long {@link #connect()} may take, TCP and handshake together
     * @throws IllegalArgumentException if {@code uri} is malformed or a timeout is not positive
     */
    public Linstor(String uri, Duration callTimeout, Duration connectTimeout) {
        this(builder().controllers(uri).callTimeout(callTimeout).connectTimeout(connectTimeout));
    }

    private Linstor(Builder builder) {
        if (builder.controllers.isEmpty()) {
            throw new IllegalArgumentException("no controller named: give at least one controller URI");
        }
        this.addresses = builder.controllers;
        this.callTimeout = builder.callTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.restConfig = new RestConfig(
                connectTimeout,
                builder.userAgent,
                Optional.ofNullable(builder.authorization),
                Optional.ofNullable(builder.sslContext),
                builder.eventPollInterval);
    }

    /**
     * A builder of a client: its controllers (the first that answers is used), timeouts and, for
     * REST, user agent, TLS trust and credentials.
     *
     * <pre>{@code
     * try (Linstor lin = Linstor.builder()
     *         .controllers("http://127.0.0.1:3370", "http://127.0.0.2:3370")
     *         .callTimeout(Duration.ofSeconds(30))
     *         .connect()) {
     *     System.out.println(lin.uri() + ": " + lin.nodeList().get(0).nodes().size() + " nodes");
     * }
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client of the controller at {@code uri} and connects it.
     *
     * @throws IllegalArgumentException if {@code uri} is malformed
     * @throws LinstorNetworkError if the controller cannot be reached or is incompatible
     * @throws LinstorError if the URI's transport is not supported yet
     */
    public static Linstor connect(String uri) {
        return new Linstor(uri).connect();
    }

    /**
     * Creates a client of the controller at {@code uri} with a call timeout and connects it.
     *
     * @throws IllegalArgumentException if {@code uri} is malformed or the timeout is not positive
     * @throws LinstorNetworkError if the controller cannot be reached or is incompatible
     * @throws LinstorError if the URI's transport is not supported yet
     */
    public static Linstor connect(String uri, Duration callTimeout) {
        return new Linstor(uri, callTimeout).connect();
    }

    /**
     * Connects to the first controller that answers, in the order given: over the client
     * protocol it waits for the controller's Version announcement, over REST it asks
     * {@code GET /v1/controller/version}. After a lost connection, connects anew.
     *
     * @return this client
     * @throws IllegalStateException if already connected
     * @throws LinstorNetworkError if no controller answered (each one's failure in the message),
     *     or a controller speaks an incompatible protocol version
     * @throws LinstorError if a URI's transport ({@code linstor+ssl://}) is not supported yet
     */
    public Linstor connect() {
        synchronized (lifecycle) {
            Transport current = transport;
            if (current != null && current.isOpen()) {
                throw new IllegalStateException("already connected to " + current.uri());
            }
            if (current != null) {
                current.close();
                transport = null;
            }
            List<String> failures = new ArrayList<>();
            LinstorNetworkError last = null;
            for (ControllerAddress address : addresses) {
                try {
                    transport = open(address);
                    return this;
                } catch (LinstorNetworkError e) {
                    failures.add(e.getMessage());
                    last = e;
                }
            }
            if (addresses.size() == 1) {
                throw last;
            }
            throw new LinstorNetworkError("no controller answered: " + String.join("; ", failures), last);
        }
    }

    private Transport open(ControllerAddress address) {
        if (address.isRest()) {
            return RestTransport.open(address, restConfig);
        }
        if (!address.isClientProtocolPlain()) {
            throw new LinstorError("cannot connect to " + address + ": TLS (linstor+ssl://) is not supported yet; "
                    + "use linstor://host[:port] or https://host[:port]");
        }
        BinaryTransportSupport.requireNetty(address);
        return BinaryTransport.open(address, connectTimeout);
    }

    /**
     * Closes the connection: calls still waiting fail with {@link LinstorNetworkError}. Does
     * nothing when not connected; {@link #connect()} may follow.
     */
    public void disconnect() {
        synchronized (lifecycle) {
            Transport current = transport;
            transport = null;
            if (current != null) {
                current.close();
            }
        }
    }

    /** Closes the connection, like {@link #disconnect()}. */
    @Override
    public void close() {
        disconnect();
    }

    /** True while connected: after {@link #connect()}, until disconnected or the connection is lost. */
    public boolean isConnected() {
        Transport current = transport;
        return current != null && current.isOpen();
    }

    /**
     * The controller's URI with its port, e.g. {@code linstor://127.0.0.1:3376}: the one connected
     * to, else the first one named.
     */
    public String uri() {
        Transport current = transport;
        return current != null ? current.uri() : addresses.get(0).uri();
    }

    /** How long each call waits for its answer. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** True when every entry is a success (no error, warning or info); true for an empty list. */
    public static boolean allApiResponsesSuccess(List<ApiCallResponse> replies) {
        return replies.stream().allMatch(ApiCallResponse::isSuccess);
    }

    /** True when no entry is an error (warnings and infos allowed); true for an empty list. */
    public static boolean allApiResponsesNoError(List<ApiCallResponse> replies) {
        return replies.stream().noneMatch(ApiCallResponse::isError);
    }

    /**
     * The usual reply handler of {@code watchEvents}: null (go on to the events) unless the
     * controller refused the watch, which it raises as {@link LinstorApiCallError} carrying every
     * reply entry.
     *
     * <p>Its result type adapts to the event handler's, so that a watch keeps the type of what
     * its event handler returns:
     *
     * <pre>{@code
     * EventHandler<String> upToDate = (header, data) ->
     *     data instanceof VolumeDiskState state && "UpToDate".equals(state.diskState()) ? header.nodeName() : null;
     * String node = lin.watchEvents(Linstor::returnIfFailure, upToDate, filter); // compiles: T is String
     * }</pre>
     *
     * <p>Why it raises instead of returning the failed replies: the replies are a
     * {@code List<ApiCallResponse>}, which cannot be a {@code T} such as {@code String}, so a
     * failure is carried by the exception ({@link LinstorApiCallError#getApiCallResponses()}).
     * Warnings and infos are no failure: the watch goes on. A caller that wants the replies as the
     * watch's result writes its own handler with a wide enough result type, e.g.
     * {@code ReplyHandler<Object> r = replies -> Linstor.allApiResponsesNoError(replies) ? null : replies}.
     *
     * @param <T> the watch's result type, inferred from the event handler
     * @return null when no entry is an error
     * @throws LinstorApiCallError if an entry is an error
     */
    public static <T> @Nullable T returnIfFailure(List<ApiCallResponse> replies) {
        if (!allApiResponsesNoError(replies)) {
            throw new LinstorApiCallError(ApiCalls.CRT_WATCH, replies);
        }
        return null;
    }

    // --- nodes ---

    /**
     * Creates a node with a net interface {@code default} at {@code address}; satellites and
     * combined nodes get the satellite port 3366.
     *
     * @param name the node's name
     * @param address its IP address
     * @param nodeType {@link Consts#VAL_NODE_TYPE_STLT}, {@code _CTRL}, {@code _CMBD} or {@code _AUX}
     * @throws LinstorNetworkError if no answer came; the controller may have created the node
     */
    public List<ApiCallResponse> nodeCreate(String name, String address, String nodeType) {
        return nodeCreate(name, address, nodeType, Requests.defaultSatellitePort(nodeType), Map.of());
    }

    /**
     * Creates a node whose satellite listens on {@code port} of {@code address}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created the node
     */
    public List<ApiCallResponse> nodeCreate(String name, String address, String nodeType, int port) {
        return nodeCreate(name, address, nodeType, port, Map.of());
    }

    /**
     * Creates a node with a satellite port ({@code 0}: none) and properties.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created the node
     */
    public List<ApiCallResponse> nodeCreate(
            String name, String address, String nodeType, int port, Map<String, String> props) {
        return mutate(ApiCalls.CRT_NODE, Requests.nodeCreate(name, address, nodeType, port, props));
    }

    /**
     * Sets and deletes properties of a node.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> nodeModify(String name, Map<String, String> overrideProps, List<String> deleteProps) {
        return nodeModify(name, "", overrideProps, deleteProps);
    }

    /**
     * Changes a node's type ({@code ""}: keep it) and sets and deletes its properties.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> nodeModify(
            String name, String nodeType, Map<String, String> overrideProps, List<String> deleteProps) {
        return mutate(ApiCalls.MOD_NODE, Requests.nodeModify(name, nodeType, overrideProps, deleteProps));
    }

    /**
     * Deletes a node.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted the node
     */
    public List<ApiCallResponse> nodeDelete(String name) {
        return mutate(ApiCalls.DEL_NODE, Requests.nodeDelete(name));
    }

    /**
     * Lists every node.
     *
     * @return the answer; its first entry holds the nodes
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<NodeListResponse> nodeList() {
        return nodeList(List.of());
    }

    /**
     * Lists the nodes named (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<NodeListResponse> nodeList(List<String> names) {
        return list(
                ApiCalls.LST_NODE,
                Requests.filter(names, List.of(), List.of(), List.of()),
                MsgLstNode.parser(),
                NodeListResponse::new);
    }

    // --- net interfaces ---

    /**
     * Adds a net interface without satellite connection to a node.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have added it
     */
    public List<ApiCallResponse> netInterfaceCreate(String nodeName, String name, String address) {
        return netInterfaceCreate(nodeName, name, address, 0);
    }

    /**
     * Adds a net interface to a node that carries the satellite connection on {@code satellitePort}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have added it
     */
    public List<ApiCallResponse> netInterfaceCreate(String nodeName, String name, String address, int satellitePort) {
        return mutate(ApiCalls.CRT_NET_IF, Requests.netInterfaceCreate(nodeName, name, address, satellitePort));
    }

    /**
     * Gives a node's net interface a new address (and no satellite connection).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> netInterfaceModify(String nodeName, String name, String address) {
        return netInterfaceModify(nodeName, name, address, 0);
    }

    /**
     * Gives a node's net interface a new address and satellite port ({@code 0}: none).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> netInterfaceModify(String nodeName, String name, String address, int satellitePort) {
        return mutate(ApiCalls.MOD_NET_IF, Requests.netInterfaceModify(nodeName, name, address, satellitePort));
    }

    /**
     * Deletes a node's net interface.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> netInterfaceDelete(String nodeName, String name) {
        return mutate(ApiCalls.DEL_NET_IF, Requests.netInterfaceDelete(nodeName, name));
    }

    // --- storage pool definitions ---

    /**
     * Creates a storage pool definition.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> storagePoolDfnCreate(String name) {
        return storagePoolDfnCreate(name, Map.of());
    }

    /**
     * Creates a storage pool definition with properties.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> storagePoolDfnCreate(String name, Map<String, String> props) {
        return mutate(ApiCalls.CRT_STOR_POOL_DFN, Requests.storagePoolDfnCreate(name, props));
    }

    /**
     * Deletes a storage pool definition.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> storagePoolDfnDelete(String name) {
        return mutate(ApiCalls.DEL_STOR_POOL_DFN, Requests.storagePoolDfnDelete(name));
    }

    /**
     * Lists every storage pool definition.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<StoragePoolDfnListResponse> storagePoolDfnList() {
        return storagePoolDfnList(List.of());
    }

    /**
     * Lists the storage pool definitions named (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<StoragePoolDfnListResponse> storagePoolDfnList(List<String> names) {
        return list(
                ApiCalls.LST_STOR_POOL_DFN,
                Requests.filter(List.of(), List.of(), names, List.of()),
                MsgLstStorPoolDfn.parser(),
                StoragePoolDfnListResponse::new);
    }

    // --- storage pools ---

    /**
     * Creates a storage pool on a node.
     *
     * @param nodeName the node
     * @param poolName the pool's name, e.g. {@code DfltStorPool}
     * @param providerKind e.g. {@link Consts#PROVIDER_KIND_LVM}, {@link Consts#PROVIDER_KIND_FILE_THIN}
     * @param providerPool the provider's pool: the volume group for LVM, {@code vg/thinpool} for
     *     LVM_THIN, the zpool for ZFS/ZFS_THIN, the directory for FILE/FILE_THIN; empty for
     *     DISKLESS. Stored as the property {@link Consts#KEY_STOR_DRIVER_STOR_POOL_NAME}.
     * @throws LinstorNetworkError if no answer came; the controller may have created the pool
     */
    public List<ApiCallResponse> storagePoolCreate(
            String nodeName, String poolName, String providerKind, String providerPool) {
        return storagePoolCreate(nodeName, poolName, providerKind, providerPool, Map.of());
    }

    /**
     * Creates a storage pool on a node with further properties; see
     * {@link #storagePoolCreate(String, String, String, String)}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created the pool
     */
    public List<ApiCallResponse> storagePoolCreate(
            String nodeName, String poolName, String providerKind, String providerPool, Map<String, String> props) {
        return mutate(
                ApiCalls.CRT_STOR_POOL,
                Requests.storagePoolCreate(nodeName, poolName, providerKind, providerPool, props));
    }

    /**
     * Sets and deletes properties of a storage pool.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> storagePoolModify(
            String nodeName, String poolName, Map<String, String> setProps, List<String> deleteProps) {
        return mutate(ApiCalls.MOD_STOR_POOL, Requests.storagePoolModify(nodeName, poolName, setProps, deleteProps));
    }

    /**
     * Deletes a storage pool from a node.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted the pool
     */
    public List<ApiCallResponse> storagePoolDelete(String nodeName, String poolName) {
        return mutate(ApiCalls.DEL_STOR_POOL, Requests.storagePoolDelete(nodeName, poolName));
    }

    /**
     * Lists every storage pool of every node.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<StoragePoolListResponse> storagePoolList() {
        return storagePoolList(List.of(), List.of());
    }

    /**
     * Lists the storage pools of the nodes and with the names given (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<StoragePoolListResponse> storagePoolList(List<String> nodeNames, List<String> poolNames) {
        return list(
                ApiCalls.LST_STOR_POOL,
                Requests.filter(nodeNames, List.of(), poolNames, List.of()),
                MsgLstStorPool.parser(),
                StoragePoolListResponse::new);
    }

    // --- resource definitions ---

    /**
     * Creates a resource definition; the controller chooses its DRBD port.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceDfnCreate(String name) {
        return resourceDfnCreate(name, 0);
    }

    /**
     * Creates a resource definition with DRBD port {@code port} ({@code 0}: the controller chooses).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceDfnCreate(String name, int port) {
        return mutate(ApiCalls.CRT_RSC_DFN, Requests.resourceDfnCreate(name, port));
    }

    /**
     * Sets and deletes properties of a resource definition, e.g.
     * {@code DrbdOptions/Net/allow-two-primaries}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> resourceDfnModify(
            String name, Map<String, String> setProps, List<String> deleteProps) {
        return mutate(ApiCalls.MOD_RSC_DFN, Requests.resourceDfnModify(name, setProps, deleteProps));
    }

    /**
     * Deletes a resource definition with its volume definitions and resources, as LINSTOR does:
     * the definition and every resource are marked {@code DELETE} (durably); each satellite takes
     * its resource down, deletes its volumes and confirms, which removes that resource; the
     * definition goes with the last one. The answer comes once they confirmed ("… deleted"), or
     * after the controller's bound (30 s for LinstorJ's) with WARN_STLT_NOT_UPDATED: still in
     * progress. Until gone, list calls show them with the flag {@code DELETE}, their DRBD port
     * and minors are not given to anything new, and creating the name again is refused
     * (FAIL_EXISTS_RSC_DFN). A node whose satellite is offline gets a WARN_NOT_CONNECTED and the
     * answer comes at once (that deletion waits for the node to reconnect, or to be declared
     * lost). A definition without resources goes at once.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have marked it
     */
    public List<ApiCallResponse> resourceDfnDelete(String name) {
        return mutate(ApiCalls.DEL_RSC_DFN, Requests.resourceDfnDelete(name));
    }

    /**
     * Lists every resource definition with its volume definitions.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ResourceDfnListResponse> resourceDfnList() {
        return resourceDfnList(List.of());
    }

    /**
     * Lists the resource definitions named (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ResourceDfnListResponse> resourceDfnList(List<String> names) {
        return list(
                ApiCalls.LST_RSC_DFN,
                Requests.filter(List.of(), names, List.of(), List.of()),
                MsgLstRscDfn.parser(),
                ResourceDfnListResponse::new);
    }

    // --- volume definitions ---

    /**
     * Creates the next volume of a resource definition (volume 0 for the first), {@code sizeKib}
     * KiB large; the controller chooses its number and DRBD minor.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> volumeDfnCreate(String resourceName, long sizeKib) {
        return mutate(ApiCalls.CRT_VLM_DFN, Requests.volumeDfnCreate(resourceName, sizeKib, null, null));
    }

    /**
     * Creates volume {@code volumeNumber} of a resource definition, {@code sizeKib} KiB large.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> volumeDfnCreate(String resourceName, long sizeKib, int volumeNumber) {
        return mutate(ApiCalls.CRT_VLM_DFN, Requests.volumeDfnCreate(resourceName, sizeKib, volumeNumber, null));
    }

    /**
     * Creates volume {@code volumeNumber} of a resource definition, {@code sizeKib} KiB large,
     * with DRBD minor {@code minorNumber}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> volumeDfnCreate(String resourceName, long sizeKib, int volumeNumber, int minorNumber) {
        return mutate(ApiCalls.CRT_VLM_DFN, Requests.volumeDfnCreate(resourceName, sizeKib, volumeNumber, minorNumber));
    }

    /**
     * Sets and deletes properties of a volume definition and resizes it ({@code sizeKib} null:
     * keep the size). The controller refuses to shrink a volume.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> volumeDfnModify(
            String resourceName,
            int volumeNumber,
            Map<String, String> setProps,
            List<String> deleteProps,
            @Nullable Long sizeKib) {
        return mutate(
                ApiCalls.MOD_VLM_DFN,
                Requests.volumeDfnModify(resourceName, volumeNumber, setProps, deleteProps, sizeKib));
    }

    /**
     * Resizes a volume definition to {@code sizeKib} KiB; the controller refuses to shrink it.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have resized it
     */
    public List<ApiCallResponse> volumeDfnModify(String resourceName, int volumeNumber, long sizeKib) {
        return volumeDfnModify(resourceName, volumeNumber, Map.of(), List.of(), sizeKib);
    }

    /**
     * Deletes a volume definition.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> volumeDfnDelete(String resourceName, int volumeNumber) {
        return mutate(ApiCalls.DEL_VLM_DFN, Requests.volumeDfnDelete(resourceName, volumeNumber));
    }

    // --- resources and volumes ---

    /**
     * Deploys a resource on a node, in the node's default storage pool.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceCreate(String resourceName, String nodeName) {
        return resourceCreate(resourceName, nodeName, "", false);
    }

    /**
     * Deploys a resource on a node in storage pool {@code storagePool}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceCreate(String resourceName, String nodeName, String storagePool) {
        return resourceCreate(resourceName, nodeName, storagePool, false);
    }

    /**
     * Deploys a resource on a node, diskless (flag {@link Consts#FLAG_DISKLESS}) or in the
     * node's default storage pool.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceCreate(String resourceName, String nodeName, boolean diskless) {
        return resourceCreate(resourceName, nodeName, "", diskless);
    }

    /**
     * Deploys a resource on a node.
     *
     * @param storagePool the pool to allocate from; empty for the node's default pool
     * @param diskless true for a diskless resource (flag {@link Consts#FLAG_DISKLESS})
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceCreate(
            String resourceName, String nodeName, String storagePool, boolean diskless) {
        return mutate(ApiCalls.CRT_RSC, Requests.resourceCreate(resourceName, nodeName, storagePool, diskless));
    }

    /**
     * Removes a resource from a node, as LINSTOR does: the resource is marked {@code DELETE}
     * (durably); the node's satellite then takes DRBD down, deletes the volumes and confirms, and
     * only then is the resource gone from lists. The answer comes once it confirmed ("deletion
     * complete"), or after the controller's bound with WARN_STLT_NOT_UPDATED. While its satellite
     * is offline it stays marked (the answer, at once, warns WARN_NOT_CONNECTED) until the node
     * reconnects or is declared lost. A node without a satellite loses it at once.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have marked it
     */
    public List<ApiCallResponse> resourceDelete(String resourceName, String nodeName) {
        return mutate(ApiCalls.DEL_RSC, Requests.resourceDelete(resourceName, nodeName));
    }

    /**
     * Lists every resource with its volumes.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ResourceListResponse> resourceList() {
        return resourceList(List.of(), List.of());
    }

    /**
     * Lists the resources on the nodes and with the names given (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ResourceListResponse> resourceList(List<String> nodeNames, List<String> resourceNames) {
        return list(
                ApiCalls.LST_RSC,
                Requests.filter(nodeNames, resourceNames, List.of(), List.of()),
                MsgLstRsc.parser(),
                ResourceListResponse::new);
    }

    /**
     * Lists every volume, grouped by resource.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<VolumeListResponse> volumeList() {
        return volumeList(List.of(), List.of(), List.of());
    }

    /**
     * Lists the volumes on the nodes and of the resources given (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<VolumeListResponse> volumeList(List<String> nodeNames, List<String> resourceNames) {
        return volumeList(nodeNames, resourceNames, List.of());
    }

    /**
     * Lists the volumes on the nodes, of the resources and in the storage pools given (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<VolumeListResponse> volumeList(
            List<String> nodeNames, List<String> resourceNames, List<String> storagePoolNames) {
        return list(
                ApiCalls.LST_VLM,
                Requests.filter(nodeNames, resourceNames, storagePoolNames, List.of()),
                MsgLstRsc.parser(),
                VolumeListResponse::new);
    }

    // --- controller properties ---

    /**
     * Lists the controller's properties.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ControllerPropsResponse> controllerProps() {
        return list(ApiCalls.LST_CTRL_PROPS, null, MsgLstCtrlCfgProps.parser(), ControllerPropsResponse::new);
    }

    /**
     * Sets a controller property.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have set it
     */
    public List<ApiCallResponse> controllerSetProp(String key, String value) {
        return mutate(ApiCalls.SET_CTRL_PROP, Requests.controllerSetProp(key, value));
    }

    /**
     * Deletes a controller property.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> controllerDeleteProp(String key) {
        return mutate(ApiCalls.DEL_CTRL_PROP, Requests.controllerDeleteProp(key));
    }

    // --- key-value store ---

    /**
     * Sets and deletes keys of a key-value store instance (created on first use).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> keyValueStoreModify(
            String instance, Map<String, String> setProps, List<String> deleteProps) {
        return mutate(ApiCalls.MOD_KVS, Requests.keyValueStoreModify(instance, setProps, deleteProps));
    }

    /**
     * Lists every key-value store instance.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<KeyValueStoreListResponse> keyValueStoreList() {
        return keyValueStoreList(List.of());
    }

    /**
     * Lists one key-value store instance.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<KeyValueStoreListResponse> keyValueStoreList(String instance) {
        return keyValueStoreList(List.of(instance));
    }

    private List<KeyValueStoreListResponse> keyValueStoreList(List<String> instances) {
        return list(
                ApiCalls.LST_KVS,
                Requests.filter(List.of(), List.of(), List.of(), instances),
                MsgRspKvs.parser(),
                KeyValueStoreListResponse::new);
    }

    /**
     * Deletes a key-value store instance with all its keys.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> keyValueStoreDelete(String instance) {
        return mutate(ApiCalls.DEL_KVS, Requests.keyValueStoreDelete(instance));
    }

    // --- placement and disk state ---

    /**
     * Places a resource on {@code placeCount} nodes chosen by the controller, in any storage pool.
     *
     * @throws IllegalArgumentException if {@code placeCount} is not positive
     * @throws LinstorNetworkError if no answer came; the controller may have placed it
     */
    public List<ApiCallResponse> resourceAutoPlace(String resourceName, int placeCount) {
        return resourceAutoPlace(resourceName, AutoSelectFilter.ofPlaceCount(placeCount));
    }

    /**
     * Places a resource on {@code placeCount} nodes chosen by the controller, in storage pool
     * {@code storagePool}.
     *
     * @throws IllegalArgumentException if {@code placeCount} is not positive
     * @throws LinstorNetworkError if no answer came; the controller may have placed it
     */
    public List<ApiCallResponse> resourceAutoPlace(String resourceName, int placeCount, String storagePool) {
        return resourceAutoPlace(
                resourceName,
                AutoSelectFilter.builder()
                        .placeCount(placeCount)
                        .storagePool(storagePool)
                        .build());
    }

    /**
     * Places a resource on nodes the controller chooses by {@code filter} (place count, pools,
     * nodes to avoid, diskless on the remaining nodes, ...).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have placed it
     */
    public List<ApiCallResponse> resourceAutoPlace(String resourceName, AutoSelectFilter filter) {
        return mutate(ApiCalls.AUTO_PLACE_RSC, GroupRequests.autoPlace(resourceName, filter));
    }

    /**
     * Turns a resource's replica on a node diskless ({@code diskless = true}) or diskful (in a
     * storage pool the controller chooses).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied it
     */
    public List<ApiCallResponse> resourceToggleDisk(String resourceName, String nodeName, boolean diskless) {
        return resourceToggleDisk(resourceName, nodeName, diskless, "");
    }

    /**
     * Turns a resource's replica on a node diskless, or diskful in {@code storagePool} (empty:
     * the controller chooses; ignored when turning diskless).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied it
     */
    public List<ApiCallResponse> resourceToggleDisk(
            String resourceName, String nodeName, boolean diskless, String storagePool) {
        return mutate(ApiCalls.TOGGLE_DISK, GroupRequests.toggleDisk(resourceName, nodeName, diskless, storagePool));
    }

    // --- resource groups and volume groups ---

    /**
     * Creates a resource group without description whose select filter constrains nothing.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceGroupCreate(String name) {
        return resourceGroupCreate(name, "", AutoSelectFilter.builder().build());
    }

    /**
     * Creates a resource group with a description.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceGroupCreate(String name, String description) {
        return resourceGroupCreate(name, description, AutoSelectFilter.builder().build());
    }

    /**
     * Creates a resource group whose resources are placed by {@code filter}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> resourceGroupCreate(String name, String description, AutoSelectFilter filter) {
        return mutate(ApiCalls.CRT_RSC_GRP, GroupRequests.resourceGroupCreate(name, description, filter));
    }

    /**
     * Sets and deletes properties of a resource group.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> resourceGroupModify(
            String name, Map<String, String> setProps, List<String> deleteProps) {
        return resourceGroupModify(name, null, null, setProps, deleteProps);
    }

    /**
     * Changes a resource group: its description (null: keep), its select filter (null: keep; a
     * filter replaces the group's whole filter) and its properties.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> resourceGroupModify(
            String name,
            @Nullable String description,
            @Nullable AutoSelectFilter filter,
            Map<String, String> setProps,
            List<String> deleteProps) {
        return mutate(
                ApiCalls.MOD_RSC_GRP,
                GroupRequests.resourceGroupModify(name, description, filter, setProps, deleteProps));
    }

    /**
     * Deletes a resource group with its volume groups.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> resourceGroupDelete(String name) {
        return mutate(ApiCalls.DEL_RSC_GRP, GroupRequests.resourceGroupDelete(name));
    }

    /**
     * Lists every resource group with its volume groups.
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ResourceGroupListResponse> resourceGroupList() {
        return resourceGroupList(List.of());
    }

    /**
     * Lists the resource groups named (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<ResourceGroupListResponse> resourceGroupList(List<String> names) {
        return list(
                ApiCalls.LST_RSC_GRP,
                Requests.filter(List.of(), List.of(), List.of(), names),
                MsgLstRscGrp.parser(),
                ResourceGroupListResponse::new);
    }

    /**
     * Adds the next volume group to a resource group (volume 0 for the first).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> volumeGroupCreate(String resourceGroupName) {
        return mutate(ApiCalls.CRT_VLM_GRP, GroupRequests.volumeGroupCreate(resourceGroupName, null));
    }

    /**
     * Adds volume group {@code volumeNumber} to a resource group.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have created it
     */
    public List<ApiCallResponse> volumeGroupCreate(String resourceGroupName, int volumeNumber) {
        return mutate(ApiCalls.CRT_VLM_GRP, GroupRequests.volumeGroupCreate(resourceGroupName, volumeNumber));
    }

    /**
     * Sets and deletes properties of a volume group.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied the change
     */
    public List<ApiCallResponse> volumeGroupModify(
            String resourceGroupName, int volumeNumber, Map<String, String> setProps, List<String> deleteProps) {
        return mutate(
                ApiCalls.MOD_VLM_GRP,
                GroupRequests.volumeGroupModify(resourceGroupName, volumeNumber, setProps, deleteProps));
    }

    /**
     * Deletes a volume group.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> volumeGroupDelete(String resourceGroupName, int volumeNumber) {
        return mutate(ApiCalls.DEL_VLM_GRP, GroupRequests.volumeGroupDelete(resourceGroupName, volumeNumber));
    }

    /**
     * Lists the volume groups of a resource group.
     *
     * @throws LinstorApiCallError if the controller refused the list (e.g. no such group)
     * @throws LinstorNetworkError if no answer came
     */
    public List<VolumeGroupListResponse> volumeGroupList(String resourceGroupName) {
        return list(
                ApiCalls.LST_VLM_GRP,
                Requests.filter(List.of(), List.of(), List.of(), List.of(resourceGroupName)),
                MsgLstVlmGrp.parser(),
                VolumeGroupListResponse::new);
    }

    /**
     * Creates resource definition {@code resourceName} in a resource group, with one volume
     * definition per size, and places it by the group's select filter.
     *
     * @param sizesKib the volumes' sizes in KiB, volume 0 first
     * @throws LinstorNetworkError if no answer came; the controller may have spawned it
     */
    public List<ApiCallResponse> resourceGroupSpawn(
            String resourceGroupName, String resourceName, List<Long> sizesKib) {
        return resourceGroupSpawn(resourceGroupName, resourceName, sizesKib, false);
    }

    /**
     * Creates resource definition {@code resourceName} in a resource group, with one volume
     * definition per size, and places it unless {@code definitionsOnly}.
     *
     * @param sizesKib the volumes' sizes in KiB, volume 0 first
     * @throws LinstorNetworkError if no answer came; the controller may have spawned it
     */
    public List<ApiCallResponse> resourceGroupSpawn(
            String resourceGroupName, String resourceName, List<Long> sizesKib, boolean definitionsOnly) {
        return mutate(
                ApiCalls.SPAWN_RSC_DFN,
                GroupRequests.spawn(resourceGroupName, resourceName, sizesKib, definitionsOnly));
    }

    // --- snapshots and clones ---

    /**
     * Takes snapshot {@code snapshotName} of resource {@code resourceName} on every node holding
     * a diskful replica: each satellite suspends I/O, takes it, resumes
     * ({@code POST /v1/resource-definitions/{resource}/snapshots}).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have taken it
     */
    public List<ApiCallResponse> snapshotCreate(String resourceName, String snapshotName) {
        return snapshotCreate(resourceName, snapshotName, List.of());
    }

    /**
     * Takes snapshot {@code snapshotName} of resource {@code resourceName} on {@code nodeNames}
     * only (empty: every node holding a diskful replica).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have taken it
     */
    public List<ApiCallResponse> snapshotCreate(String resourceName, String snapshotName, List<String> nodeNames) {
        return snapshots().create(resourceName, snapshotName, List.copyOf(nodeNames), callTimeout);
    }

    /**
     * Lists every snapshot ({@code GET /v1/view/snapshots}).
     *
     * @return the answer; its first entry holds the snapshots
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<SnapshotListResponse> snapshotList() {
        return snapshotList(List.of(), List.of());
    }

    /**
     * Lists the snapshots on the nodes and of the resources given (all when empty).
     *
     * @throws LinstorApiCallError if the controller refused the list
     * @throws LinstorNetworkError if no answer came
     */
    public List<SnapshotListResponse> snapshotList(List<String> nodeNames, List<String> resourceNames) {
        return List.of(new SnapshotListResponse(
                snapshots().list(List.copyOf(nodeNames), List.copyOf(resourceNames), callTimeout)));
    }

    /**
     * Deletes snapshot {@code snapshotName} of resource {@code resourceName} on all its nodes.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> snapshotDelete(String resourceName, String snapshotName) {
        return snapshotDelete(resourceName, snapshotName, List.of());
    }

    /**
     * Deletes the parts on {@code nodeNames} of a snapshot (empty: all of it; the snapshot goes
     * with its last node).
     *
     * @throws LinstorNetworkError if no answer came; the controller may have deleted it
     */
    public List<ApiCallResponse> snapshotDelete(String resourceName, String snapshotName, List<String> nodeNames) {
        return snapshots().delete(resourceName, snapshotName, List.copyOf(nodeNames), callTimeout);
    }

    /**
     * Gives resource definition {@code toResource} (existing, without volume definitions) the
     * volume definitions and sizes of snapshot {@code snapshotName} of {@code fromResource}
     * ({@code POST .../snapshot-restore-volume-definition/{snapshot}}): the first step of a
     * restore on LINBIT's controller.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have applied it
     */
    public List<ApiCallResponse> snapshotVolumeDfnRestore(String fromResource, String snapshotName, String toResource) {
        return snapshots().restoreVolumeDefinitions(fromResource, snapshotName, toResource, callTimeout);
    }

    /**
     * Creates the replicas of {@code toResource} (an existing definition without resources) from
     * snapshot {@code snapshotName} of {@code fromResource}, on the snapshot's nodes
     * ({@code POST .../snapshot-restore-resource/{snapshot}}). LINBIT's controller wants the
     * volume definitions restored first ({@link #snapshotVolumeDfnRestore}); LinstorJ's gives
     * missing ones the snapshot's sizes itself.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have restored it
     */
    public List<ApiCallResponse> snapshotRestore(String fromResource, String snapshotName, String toResource) {
        return snapshotRestore(fromResource, snapshotName, toResource, List.of());
    }

    /**
     * Creates the replicas of {@code toResource} from a snapshot on {@code nodeNames} (empty: the
     * snapshot's nodes); see {@link #snapshotRestore(String, String, String)}.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have restored it
     */
    public List<ApiCallResponse> snapshotRestore(
            String fromResource, String snapshotName, String toResource, List<String> nodeNames) {
        return snapshots().restore(fromResource, snapshotName, toResource, List.copyOf(nodeNames), callTimeout);
    }

    /**
     * Puts every replica of resource {@code resourceName} back to snapshot {@code snapshotName}
     * ({@code POST .../snapshot-rollback/{snapshot}}): what was written since is lost. The
     * controller refuses, changing nothing, unless every diskful replica holds the snapshot and
     * is online and not in use.
     *
     * @throws LinstorNetworkError if no answer came; the controller may have rolled it back
     */
    public List<ApiCallResponse> snapshotRollback(String resourceName, String snapshotName) {
        return snapshots().rollback(resourceName, snapshotName, callTimeout);
    }

    /**
     * Starts cloning resource definition {@code sourceName}, with its volume definitions and
     * resources, into the new definition {@code cloneName}
     * ({@code POST /v1/resource-definitions/{resource}/clone}). The answer's entries are the
     * clone request's messages; the copy goes on after the answer.
     *
     * @throws LinstorError if the controller's REST API is older than 1.10.0, which brought clones
     * @throws LinstorNetworkError if no answer came; the controller may have started it
     */
    public List<ApiCallResponse> resourceDfnClone(String sourceName, String cloneName) {
        return snapshots().clone(sourceName, cloneName, callTimeout);
    }

    /**
     * How clone {@code cloneName} of {@code sourceName} stands
     * ({@code GET /v1/resource-definitions/{resource}/clone/{clone}}): {@code CLONING} while the
     * data is copied, {@code COMPLETE} once it is ready to use, {@code FAILED} when the snapshot it
     * is made from could not be taken.
     *
     * @throws LinstorApiCallError if {@code cloneName} is no clone of {@code sourceName}
     * @throws LinstorError if the controller's REST API is older than 1.10.0, which brought clones
     * @throws LinstorNetworkError if no answer came
     */
    public String resourceDfnCloneStatus(String sourceName, String cloneName) {
        return snapshots().cloneStatus(sourceName, cloneName, callTimeout);
    }

    private SnapshotCalls snapshots() {
        return liveTransport().snapshots();
    }

    // --- watches ---

    /**
     * Watches events and blocks until a handler returns non-null, then returns that.
     *
     * <p>Creates a watch for the objects {@code filter} names. {@code replyHandler} gets the
     * replies to creating it: non-null ends the watch at once with that result. Then
     * {@code eventHandler} gets every event, in order ({@code Open} with the current value of
     * each matching stream, {@code Value} on changes, {@code CloseNoConnection} when the node's
     * satellite is lost and {@code CloseRemoved} when the object is deleted, both without data),
     * until it returns non-null. Both run on the calling thread, never on an I/O thread, and may
     * call this client. However the watch ends, it is removed from the controller. Several
     * watches may run at once.
     *
     * <p>The result has the event handler's type: with {@link #returnIfFailure} as reply handler,
     * {@code String done = lin.watchEvents(Linstor::returnIfFailure, stringHandler, filter)}
     * compiles, and a refused watch raises {@link LinstorApiCallError} (see
     * {@link #returnIfFailure}). A reply handler of another result type widens the result to
     * what both share ({@code Object} at worst).
     *
     * <p>How the events come, by transport:
     * <ul>
     *   <li>{@code linstor://}: the client protocol's watch ({@code CrtWatch}, event frames,
     *       {@code DelWatch}); the reply entries are the controller's.</li>
     *   <li>{@code http(s)://} on LinstorJ's controller: its server-sent event streams
     *       {@code GET /v1/events/linstorj/resource-state} and {@code .../volume-disk-state}
     *       (one with a volume in the filter; {@code .../snapshot-deployment} alone with a
     *       snapshot in it, which a node or volume in the filter makes the controller refuse),
     *       filtered by the controller, pushed as they happen, closed when the watch ends; the
     *       events are the client protocol's, {@link SnapshotState} included.</li>
     *   <li>{@code http(s)://} on a controller without those streams (LINBIT's, found by their
     *       404 at the first watch): polling {@code GET /v1/view/resources} every
     *       {@link Builder#eventPollInterval} (sooner after each event of
     *       {@code GET /v1/events/drbd/promotion}) and turning the differences into the same
     *       events. A change undone between two polls is not seen, {@code ready} is derived from
     *       the disk states (REST v1 does not say it), and resource states carry no satellite
     *       reports.</li>
     * </ul>
     * Over REST the reply entries are the client's record of the HTTP answer: one success entry
     * naming the streams or the polls, or the controller's ApiCallRc list of a refusal.
     *
     * @throws LinstorApiCallError if the controller refused the watch and {@code replyHandler}
     *     returned null, or {@code replyHandler} raised it ({@link #returnIfFailure})
     * @throws LinstorNetworkError if the connection (or an event stream, or a poll) ends before a result
     * @throws LinstorError if the controller ended the watch because this client did not keep up
     *     with its events ({@link Consts#EVENT_STREAM_OVERFLOW})
     * @throws IllegalStateException if not connected
     * @throws RuntimeException whatever a handler threw; the watch is removed
     */
    public <T> T watchEvents(
            ReplyHandler<? extends T> replyHandler, EventHandler<? extends T> eventHandler, ObjectIdentifier filter) {
        return this.<T>watchTask(replyHandler, eventHandler, filter).run(null);
    }

    /**
     * Watches events like {@link #watchEvents(ReplyHandler, EventHandler, ObjectIdentifier)}, for
     * at most {@code timeout} in all.
     *
     * @throws LinstorTimeoutError if no handler returned non-null within {@code timeout}; the
     *     watch was removed
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public <T> T watchEvents(
            ReplyHandler<? extends T> replyHandler,
            EventHandler<? extends T> eventHandler,
            ObjectIdentifier filter,
            Duration timeout) {
        requirePositive(timeout, "watch timeout");
        return this.<T>watchTask(replyHandler, eventHandler, filter).run(timeout);
    }

    /**
     * Starts watching events without blocking: the watch runs its handlers on a thread of its own
     * and its {@link Watch#result()} completes as
     * {@link #watchEvents(ReplyHandler, EventHandler, ObjectIdentifier)} would return or throw.
     * {@link Watch#cancel()} ends it and removes it from the controller.
     *
     * @throws IllegalStateException if not connected
     * @throws LinstorNetworkError if the connection was lost
     */
    public <T> Watch<T> watchEventsAsync(
            ReplyHandler<? extends T> replyHandler, EventHandler<? extends T> eventHandler, ObjectIdentifier filter) {
        return new Watch<>(this.<T>watchTask(replyHandler, eventHandler, filter));
    }

    private <T> WatchTask<T> watchTask(
            ReplyHandler<? extends T> replyHandler, EventHandler<? extends T> eventHandler, ObjectIdentifier filter) {
        Transport current = liveTransport();
        if (current instanceof RestTransport rest) {
            return rest.watch(filter, replyHandler, eventHandler, callTimeout);
        }
        return new WatchRun<T>(
                ((BinaryTransport) current).connection(), callTimeout, filter, replyHandler, eventHandler);
    }

    // --- machinery ---

    /**
     * The open client-protocol connection, for tests of the binary transport.
     *
     * @throws IllegalStateException if not connected, or connected over REST
     * @throws LinstorNetworkError if the connection was lost
     */
    ClientConnection liveConnection() {
        if (liveTransport() instanceof BinaryTransport binary) {
            return binary.connection();
        }
        throw new IllegalStateException("connected over REST (" + uri() + "): there is no client-protocol connection");
    }

    private Transport liveTransport() {
        Transport current = transport;
        if (current == null) {
            throw new IllegalStateException("not connected to " + uri() + ": call connect() first");
        }
        if (!current.isOpen()) {
            throw new LinstorNetworkError("the connection to the controller at " + current.uri()
                    + " was lost; call connect() to connect again");
        }
        return current;
    }

    private List<ApiCallResponse> mutate(String call, MessageLite body) {
        return liveTransport().call(call, callTimeout, List.of(body)).replies();
    }

    private <M, R> List<R> list(String call, @Nullable MessageLite filter, Parser<M> parser, Function<M, R> wrap) {
        List<MessageLite> bodies = filter == null ? List.of() : List.of(filter);
        return liveTransport().call(call, callTimeout, bodies).listOrThrow(parser, wrap);
    }

    private static Duration requirePositive(Duration timeout, String what) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + timeout);
        }
        return timeout;
    }

    /**
     * Configures a {@link Linstor}: which controllers, how long to wait, and how to present
     * itself over REST. Each setter validates its argument at once.
     *
     * <pre>{@code
     * Linstor lin = Linstor.builder()
     *     .controllersFromEnvironment()          // LS_CONTROLLERS, as python-linstor reads it
     *     .connectTimeout(Duration.ofSeconds(5))
     *     .userAgent("my-plugin/1.0")
     *     .build();
     * lin.connect();
     * }</pre>
     */
    public static final class Builder {
        private List<ControllerAddress> controllers = List.of();
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private String userAgent = DEFAULT_USER_AGENT;
        private @Nullable String authorization;
        private @Nullable SSLContext sslContext;
        private Duration eventPollInterval = DEFAULT_EVENT_POLL_INTERVAL;

        private Builder() {}

        /**
         * The controllers to try, in order, at each {@link Linstor#connect()}: the first that
         * answers is used. {@code http(s)://} URIs speak REST, {@code linstor://} (or a bare
         * {@code host[:port]}) the client protocol.
         *
         * @throws IllegalArgumentException if none is given or one is malformed
         */
        public Builder controllers(String... uris) {
            return controllers(List.of(uris));
        }

        /**
         * The controllers to try, in order; see {@link #controllers(String...)}.
         *
         * @throws IllegalArgumentException if the list is empty or a URI is malformed
         */
        public Builder controllers(List<String> uris) {
            if (uris.isEmpty()) {
                throw new IllegalArgumentException("no controller named: give at least one controller URI");
            }
            this.controllers = uris.stream().map(ControllerAddress::parse).toList();
            return this;
        }

        /**
         * The controllers of the environment variable {@code LS_CONTROLLERS}, read as
         * python-linstor reads it: comma-separated, each {@code host}, {@code host:port} or a URI;
         * entries without scheme are REST controllers ({@code http://host:3370}); unset or blank
         * means {@code http://localhost:3370}.
         *
         * @throws IllegalArgumentException if an entry is malformed
         */
        public Builder controllersFromEnvironment() {
            String value = System.getenv(ControllerList.LS_CONTROLLERS);
            return controllers(ControllerList.parse(value == null ? "" : value));
        }

        /**
         * How long each call waits for its answer (5 minutes unless set).
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = requirePositive(timeout, "call timeout");
            return this;
        }

        /**
         * How long connecting to one controller may take (10 seconds unless set).
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requirePositive(timeout, "connect timeout");
            return this;
        }

        /**
         * How often a watch over REST polls {@code GET /v1/view/resources} when the controller
         * has no LinstorJ watch streams (LINBIT's controller); 2 seconds unless set. Shorter sees
         * changes sooner at the price of a list request per watch and interval. Unused over
         * {@code linstor://} and against LinstorJ's REST server, which push their events.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder eventPollInterval(Duration interval) {
            this.eventPollInterval = requirePositive(interval, "event poll interval");
            return this;
        }

        /**
         * The {@code User-Agent} header of REST requests ({@value #DEFAULT_USER_AGENT} unless set).
         *
         * @throws IllegalArgumentException if blank or holding a line break
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = requireHeaderValue(userAgent, "user agent");
            return this;
        }

        /**
         * Sends {@code Authorization: Bearer <token>} with every REST request.
         *
         * @throws IllegalArgumentException if blank or holding a line break
         */
        public Builder bearerToken(String token) {
            this.authorization = "Bearer " + requireHeaderValue(token, "bearer token");
            return this;
        }

        /**
         * Sends HTTP basic credentials with every REST request (use with {@code https://}).
         *
         * @throws IllegalArgumentException if the user is blank or holds a colon or a line break
         */
        public Builder basicAuth(String user, String password) {
            requireHeaderValue(user, "user");
            if (user.contains(":")) {
                throw new IllegalArgumentException("a basic-auth user must not contain ':'");
            }
            this.authorization = "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /**
         * The TLS context of {@code https://} controllers: whom to trust (a CA or trust store
         * loaded into it) and, for client certificates, which key to present. The JDK's default
         * trust store unless set.
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /**
         * Trusts exactly the CA certificates (PEM or DER) in {@code caFile} for {@code https://}
         * controllers, instead of the JDK's default trust store.
         *
         * @throws IllegalArgumentException if the file cannot be read or holds no certificate
         */
        public Builder trustCertificates(Path caFile) {
            return sslContext(TlsTrust.fromCertificates(caFile));
        }

        /**
         * Trusts the certificates of the trust store {@code file} (PKCS12 or JKS) for
         * {@code https://} controllers.
         *
         * @throws IllegalArgumentException if the store cannot be read (missing, wrong password)
         */
        public Builder trustStore(Path file, char[] password) {
            return sslContext(TlsTrust.fromTrustStore(file, password));
        }

        /**
         * Creates the client, not yet connected.
         *
         * @throws IllegalStateException if no controller was named
         */
        public Linstor build() {
            if (controllers.isEmpty()) {
                throw new IllegalStateException("no controller named: call controllers(...) first");
            }
            return new Linstor(this);
        }

        /**
         * Creates the client and connects it to the first controller that answers.
         *
         * @throws IllegalStateException if no controller was named
         * @throws LinstorNetworkError if no controller answered
         */
        public Linstor connect() {
            return build().connect();
        }

        private static String requireHeaderValue(String value, String what) {
            if (value.isBlank() || value.contains("\r") || value.contains("\n")) {
                throw new IllegalArgumentException(what + " must be non-blank and on one line");
            }
            return value;
        }
    }
}

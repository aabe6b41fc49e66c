package io.linstorj.samples;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.EventHandler;
import io.linstorj.client.KV;
import io.linstorj.client.Linstor;
import io.linstorj.client.NodeListResponse;
import io.linstorj.client.ObjectIdentifier;
import io.linstorj.client.Resource;
import io.linstorj.client.Volume;
import io.linstorj.client.VolumeDiskState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The samples of the client's API document ({@code client/API.md}), one method each. The text
 * between a {@code // sample: NAME} line and the next {@code // end sample} line is what the
 * document shows under {@code <!-- sample: NAME -->}; dist's {@code ApiDocumentTest} keeps the two
 * equal. {@code uri} stands for the controller's address wherever the document's samples name
 * one, so the same code runs over {@code linstor://} and {@code http://}.
 *
 * <p>The samples expect a cluster such as {@code bin/linstorj cluster} makes: satellites alpha,
 * bravo and charlie with the pool DfltStorPool, and (added by {@link Main}) the pool drbdpool.
 */
public final class ApiSamples {
    private final String uri;

    /** Samples talking to the controller at {@code uri}. */
    public ApiSamples(String uri) {
        this.uri = uri;
    }

    /** The README's quick start: a resource definition with a volume, placed twice. */
    public void quickStart() {
        // sample: quick-start
        try (Linstor lin = Linstor.connect(uri)) {  // http://… or linstor://…
            lin.resourceDfnCreate("rsc0").forEach(System.out::println);      // LINSTOR's replies
            lin.volumeDfnCreate("rsc0", 10240).forEach(System.out::println); // size in KiB
            lin.resourceAutoPlace("rsc0", 2).forEach(System.out::println);   // 2 replicas
        }
        // end sample
    }

    /** Lists the nodes and prints the reply, its typed form and its protobuf message. */
    public void listNodes() {
        // sample: list-nodes
        try (Linstor lin = Linstor.connect(uri)) { // may throw
            List<NodeListResponse> nodeListReply = lin.nodeList(); // API calls always return a list
            if (nodeListReply.isEmpty()) throw new AssertionError("Empty return list");
            NodeListResponse nodeList = nodeListReply.get(0); // first entry: the node list message
            System.out.println(nodeList);
            System.out.println(nodeList.protoMsg()); // the protobuf message itself
        }
        // end sample
    }

    /** Registers node delta (a satellite that need not run) and returns the first reply. */
    public ApiCallResponse createNode() {
        // sample: create-node
        Linstor lin = new Linstor(uri);
        lin.connect();
        List<ApiCallResponse> nodeCreateReplies = lin.nodeCreate("delta", "127.0.0.14", Consts.VAL_NODE_TYPE_STLT);
        ApiCallResponse nodeCreate = nodeCreateReplies.get(0);
        if (nodeCreate.isSuccess()) {
            System.out.println("SUCCESS " + nodeCreate);
        } else {
            System.out.println("NO SUCCESS " + nodeCreate);
        }
        lin.disconnect();
        // end sample
        return nodeCreate;
    }

    /** Creates resource rsc on alpha and bravo, in their default pools. */
    public void createResourceOnTwoNodes() {
        // sample: create-resource
        try (Linstor lin = Linstor.connect(uri)) {
            List<ApiCallResponse> r;
            r = lin.resourceDfnCreate("rsc");                 check(r);
            r = lin.volumeDfnCreate("rsc", 10240);            check(r); // size is in KiB
            r = lin.resourceCreate("rsc", "alpha");           check(r);
            r = lin.resourceCreate("rsc", "bravo");           check(r);
        }
        // end sample
    }

    // sample: check
    static void check(List<ApiCallResponse> replies) {
        replies.forEach(System.out::println);
        if (!Linstor.allApiResponsesSuccess(replies)) throw new AssertionError();
    }
    // end sample

    /** Watches rsc's disk states until one is UpToDate; returns what the watch returned. */
    public Object watchUntilUpToDate() {
        // sample: watch
        try (Linstor lin = Linstor.connect(uri)) {
            String rscName = "rsc";
            EventHandler<String> vlmStateHandler = (eventHeader, eventData) -> {
                if (Consts.EVENT_VOLUME_DISK_STATE.equals(eventHeader.eventName())) {
                    if (Consts.EVENT_STREAM_CLOSE_NO_CONNECTION.equals(eventHeader.eventAction())) {
                        System.out.println("WARNING: Satellite connection lost");
                        System.exit(20);
                    }
                    if (eventData instanceof VolumeDiskState state) {
                        System.out.println(state.diskState());
                        if ("UpToDate".equals(state.diskState())) {
                            return "Done";
                        }
                    }
                }
                return null; // keep watching
            };
            Object watchResult = lin.watchEvents(
                Linstor::returnIfFailure,
                vlmStateHandler,
                ObjectIdentifier.builder().resourceName(rscName).build());
            // watchResult holds what vlmStateHandler returned ("Done"); a refused watch throws LinstorApiCallError
            System.out.println(watchResult);
            return watchResult;
        }
        // end sample
    }

    /** Creates resource foo, 20 MiB, three times redundant. */
    public void createRedundantResource() {
        // sample: resource-redundant
        Resource foo = new Resource("foo", uri); // new Resource("foo"): linstor://localhost
        foo.getVolumes().put(0, new Volume("20 MiB"));
        foo.getPlacement().setRedundancy(3);
        foo.autoplace();
        // end sample
    }

    /** Grows foo's volume 0 to 30 MiB, then by 10 MiB more. */
    public void resizeVolume() {
        // sample: resource-resize
        Resource foo = new Resource("foo", uri);
        foo.getVolumes().get(0).setSize("30 MiB");
        foo.getVolumes().get(0).setSize(foo.getVolumes().get(0).getSize() + 10 * 1024 * 1024); // bytes
        // end sample
    }

    /** Activates and deactivates foo on a node: a diskless replica only if there was none. */
    public void activateDeactivate(String node) {
        // sample: resource-activate
        Resource foo = new Resource("foo", uri);
        foo.activate(node);   // diskless assignment only if there is no assignment yet
        foo.deactivate(node); // removed only if diskless
        // end sample
    }

    /** Makes foo diskful on alpha, converts it, removes it and creates it diskless. */
    public void assignmentState() {
        // sample: resource-assignment
        Resource foo = new Resource("foo", uri);
        foo.getPlacement().setStoragePool("drbdpool");
        foo.diskful("alpha");   // whatever it was, it is now diskful
        foo.diskless("alpha");  // converted to diskless
        foo.delete("alpha");
        foo.diskless("alpha");  // created diskless
        // end sample
    }

    /** Sets allow-two-primaries on foo and unsets it. */
    public void dualPrimary() {
        // sample: resource-dual-primary
        Resource foo = new Resource("foo", uri);
        foo.setAllowTwoPrimaries(true);
        // do some live migration
        foo.setAllowTwoPrimaries(false);
        // end sample
    }

    /** Prints what foo is where. */
    public void queries() {
        // sample: resource-queries
        Resource foo = new Resource("foo", uri);
        for (String disklessNode : foo.disklessNodes()) {
            System.out.println(disklessNode);
        }
        System.out.println(foo.isDiskful("alpha"));
        System.out.println(foo.isAssigned("bravo"));
        System.out.println(foo.getVolumes().get(0).getBackingDisk());
        System.out.println(foo.getVolumes().get(0).getDevicePath());
        // end sample
    }

    /** The key-value store's namespaces; returns what the last {@code items()} gave. */
    public List<Map.Entry<String, String>> keyValueStore() {
        // sample: kv
        KV kv = new KV("myKV", "/foo/bar/", uri);    // new KV(name, namespace[, uri])
        kv.put("key", "val");
        System.out.println(kv.items());  // [key=val]
        kv.setNamespace("/");
        System.out.println(kv.items());  // [/foo/bar/key=val]
        kv.put("foo/baz/key", "valbaz");
        kv.setNamespace("/foo/bar");
        System.out.println(kv.items());  // [key=val]   keys in /foo/baz not visible
        // end sample
        return kv.items();
    }

    /** Connects through the builder to the first of two controllers that answers. */
    public String builderWithFailover(String downUri) {
        // sample: builder
        try (Linstor lin = Linstor.builder()
                 .controllers(downUri, uri)            // the first that answers is used
                 .connectTimeout(Duration.ofSeconds(5))
                 .callTimeout(Duration.ofMinutes(1))
                 .userAgent("my-plugin/1.0")
                 .connect()) {
            System.out.println("connected to " + lin.uri());
            return lin.uri();
        }
        // end sample
    }

    /** Connects to the controllers named by {@code LS_CONTROLLERS}; returns the one used. */
    public static String fromEnvironment() {
        // sample: environment
        // LS_CONTROLLERS=http://a:3370,http://b:3370 (unset: http://localhost:3370)
        try (Linstor lin = Linstor.builder().controllersFromEnvironment().connect()) {
            System.out.println("connected to " + lin.uri());
            return lin.uri();
        }
        // end sample
    }

    /**
     * A client of an HTTPS controller that trusts a CA file and sends basic credentials; not
     * connected.
     */
    public static Linstor tlsClient(String httpsUri, Path caFile, String password) {
        // sample: tls
        Linstor lin = Linstor.builder()
            .controllers(httpsUri)             // https://controller:3371
            .trustCertificates(caFile)         // PEM; or trustStore(file, password), sslContext(ctx)
            .basicAuth("admin", password)      // or bearerToken(token)
            .build();
        // end sample
        return lin;
    }
}

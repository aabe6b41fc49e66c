package io.linstorj.satellite.drbd;

import java.util.Map;

/**
 * Renders the DRBD 9 configuration file ({@code <resource>.res}) of one resource as seen from the
 * local node.
 *
 * <p>The output is deterministic: replicas sorted by node name, volumes by number, net options by
 * name; every name and path is a quoted string with {@code \} and {@code "} escaped. Example:
 * <pre>{@code
 * DrbdResource resource = new DrbdResource("rsc1", 7000, "s3cret", DrbdNetOptions.defaults(),
 *     "alpha",
 *     List.of(DrbdVolume.diskful(0, 1000, 20480, "/dev/loop3", InitialSync.fromPeer())),
 *     List.of(DrbdReplica.diskful("alpha", 0, "127.0.0.11"),
 *             DrbdReplica.diskless("bravo", 1, "127.0.0.12")));
 * String text = new ResFileRenderer().render(resource);
 * }</pre>
 */
public final class ResFileRenderer {
    /**
     * The disk written for a diskful peer's volume. The peer's real backing device is its own
     * business, but DRBD takes a peer volume without a disk, or with {@code disk none}, for an
     * intentionally diskless peer and then keeps no bitmap for it; any path says "diskful".
     */
    public static final String PEER_DISK_PLACEHOLDER = "/dev/linstorj/backing-disk-of-peer";

    private static final String INDENT = "    ";

    /** Creates a renderer; it holds no state. */
    public ResFileRenderer() {}

    /** The complete text of the resource's {@code .res} file. */
    public String render(DrbdResource resource) {
        StringBuilder out = new StringBuilder();
        out.append("# DRBD configuration of resource ")
                .append(resource.name())
                .append(" on node ")
                .append(resource.localNodeName())
                .append(", written by the LinstorJ satellite; it overwrites any change.\n");
        out.append("resource ").append(quoted(resource.name())).append(" {\n");
        renderNet(out, resource);
        for (DrbdReplica replica : resource.replicas()) {
            renderHost(out, resource, replica);
        }
        if (resource.connectionOptions().isEmpty()) {
            renderConnectionMesh(out, resource);
        } else {
            renderConnections(out, resource);
        }
        out.append("}\n");
        return out.toString();
    }

    /** The DRBD configuration string literal of {@code text}: quoted, with escapes. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void renderNet(StringBuilder out, DrbdResource resource) {
        out.append(INDENT).append("net {\n");
        line(out, 2, "protocol C;");
        line(out, 2, "cram-hmac-alg sha1;");
        line(out, 2, "shared-secret " + quoted(resource.sharedSecret()) + ";");
        for (Map.Entry<String, String> option : resource.netOptions().options().entrySet()) {
            line(out, 2, option.getKey() + " " + option.getValue() + ";");
        }
        out.append(INDENT).append("}\n\n");
    }

    private static void renderHost(StringBuilder out, DrbdResource resource, DrbdReplica replica) {
        boolean local = replica.nodeName().equals(resource.localNodeName());
        line(out, 1, "on " + quoted(replica.nodeName()) + " {");
        line(out, 2, "node-id " + replica.nodeId() + ";");
        line(out, 2, "address " + address(replica.address(), resource.port()) + ";");
        for (DrbdVolume volume : resource.volumes()) {
            line(out, 2, "volume " + volume.number() + " {");
            line(out, 3, "device minor " + volume.minor() + ";");
            if (replica.diskless()) {
                line(out, 3, "disk none;");
            } else {
                String disk = local ? volume.backingDisk().orElseThrow() : PEER_DISK_PLACEHOLDER;
                line(out, 3, "disk " + quoted(disk) + ";");
                line(out, 3, "meta-disk internal;");
            }
            line(out, 2, "}");
        }
        line(out, 1, "}");
        out.append('\n');
    }

    private static void renderConnectionMesh(StringBuilder out, DrbdResource resource) {
        if (resource.replicas().size() < 2) {
            return;
        }
        StringBuilder hosts = new StringBuilder("hosts");
        for (DrbdReplica replica : resource.replicas()) {
            hosts.append(' ').append(quoted(replica.nodeName()));
        }
        line(out, 1, "connection-mesh {");
        line(out, 2, hosts.append(';').toString());
        line(out, 1, "}");
    }

    /**
     * One {@code connection} section per peer, with the net options of that pair: a mesh would
     * make a second connection for a pair that also has its own section, so with any
     * per-connection options the connections of the local node are all written out instead.
     */
    private static void renderConnections(StringBuilder out, DrbdResource resource) {
        for (DrbdReplica peer : resource.peers()) {
            line(out, 1, "connection {");
            line(out, 2, "host " + quoted(resource.localNodeName()) + ";");
            line(out, 2, "host " + quoted(peer.nodeName()) + ";");
            DrbdConnectionOptions options = resource.connectionOptions(peer.nodeName());
            if (!options.isEmpty()) {
                line(out, 2, "net {");
                options.options().forEach((name, value) -> line(out, 3, name + " " + value + ";"));
                line(out, 2, "}");
            }
            line(out, 1, "}");
        }
    }

    private static String address(String ip, int port) {
        return DrbdNames.isIpv6(ip) ? "ipv6 [" + ip + "]:" + port : "ipv4 " + ip + ":" + port;
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }
}

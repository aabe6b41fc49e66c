package io.linstorj.controller;

import io.linstorj.controller.transport.ClientLimits;
import io.linstorj.protocol.ClientApiVersion;
import io.linstorj.protocol.ProtocolPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run a controller.
 *
 * @param dataDirectory directory of the H2 database ({@code <dir>/linstorj.mv.db}) and other files
 * @param listenAddress address the client protocol listens on
 * @param port client-protocol port; 0 picks an ephemeral port
 * @param maxFrameLength largest accepted frame payload in bytes
 * @param jdbcUrl a PostgreSQL (or other) JDBC URL replacing the H2 file, if given
 * @param jdbcUser database user for {@code jdbcUrl}
 * @param jdbcPassword database password for {@code jdbcUrl}
 * @param clusterSecretFile where the cluster's key is exported for satellites (or taken from at the
 *                          first start), if anywhere
 * @param clientLimits what clients of the client protocol may cost (connections, timeouts, memory)
 * @param adapters further ways in (REST), started in this order once the client port is bound
 * @param clientApiVersion the client API version the client port announces: 4 (the default) for
 *     python-linstor 0.9.x, 3 for 0.7.x (each accepts only a controller within its own range)
 */
public record ControllerConfig(
        Path dataDirectory,
        String listenAddress,
        int port,
        int maxFrameLength,
        Optional<String> jdbcUrl,
        Optional<String> jdbcUser,
        Optional<String> jdbcPassword,
        Optional<Path> clusterSecretFile,
        ClientLimits clientLimits,
        List<ControllerAdapter> adapters,
        int clientApiVersion) {

    /** Default client-protocol port. */
    public static final int DEFAULT_PORT = 3376;
    /** Default listen address. */
    public static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";
    /**
     * Default largest frame payload: 16 MiB. It also bounds the controller's satellite links (a
     * full sync of a large cluster is one frame), so it stays where it was; what partial client
     * frames hold together is bounded by {@link ClientLimits#maxPartialFrameBytes()} instead, and
     * answers of any size are split into parts.
     */
    public static final int DEFAULT_MAX_FRAME_LENGTH = ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH;

    /** Checks the values. */
    public ControllerConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(listenAddress, "listenAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must lie in 0..65535: " + port);
        }
        if (maxFrameLength <= 0) {
            throw new IllegalArgumentException("maxFrameLength must be positive: " + maxFrameLength);
        }
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(jdbcUser, "jdbcUser");
        Objects.requireNonNull(jdbcPassword, "jdbcPassword");
        Objects.requireNonNull(clusterSecretFile, "clusterSecretFile");
        Objects.requireNonNull(clientLimits, "clientLimits");
        adapters = List.copyOf(adapters);
        if (!ClientApiVersion.served(clientApiVersion)) {
            throw new IllegalArgumentException("clientApiVersion must lie in " + ClientApiVersion.MINIMUM + ".."
                    + ClientApiVersion.CURRENT + ": " + clientApiVersion);
        }
    }

    /** A configuration without cluster key file or adapters, with the default client limits. */
    public ControllerConfig(
            Path dataDirectory,
            String listenAddress,
            int port,
            int maxFrameLength,
            Optional<String> jdbcUrl,
            Optional<String> jdbcUser,
            Optional<String> jdbcPassword) {
        this(
                dataDirectory,
                listenAddress,
                port,
                maxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                Optional.empty(),
                ClientLimits.DEFAULTS,
                List.of(),
                ClientApiVersion.CURRENT);
    }

    /** A configuration with H2 in {@code dataDirectory}, listening on 127.0.0.1:3376. */
    public static ControllerConfig defaults(Path dataDirectory) {
        return new ControllerConfig(
                dataDirectory,
                DEFAULT_LISTEN_ADDRESS,
                DEFAULT_PORT,
                DEFAULT_MAX_FRAME_LENGTH,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** Returns a copy listening on {@code address:newPort}. */
    public ControllerConfig withListen(String address, int newPort) {
        return new ControllerConfig(
                dataDirectory,
                address,
                newPort,
                maxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                clusterSecretFile,
                clientLimits,
                adapters,
                clientApiVersion);
    }

    /** Returns a copy with another maximum frame length. */
    public ControllerConfig withMaxFrameLength(int newMaxFrameLength) {
        return new ControllerConfig(
                dataDirectory,
                listenAddress,
                port,
                newMaxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                clusterSecretFile,
                clientLimits,
                adapters,
                clientApiVersion);
    }

    /** Returns a copy that exports the cluster's key to {@code file} (or takes it from there at the first start). */
    public ControllerConfig withClusterSecretFile(Path file) {
        return new ControllerConfig(
                dataDirectory,
                listenAddress,
                port,
                maxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                Optional.of(file),
                clientLimits,
                adapters,
                clientApiVersion);
    }

    /** Returns a copy with other client limits. */
    public ControllerConfig withClientLimits(ClientLimits newClientLimits) {
        return new ControllerConfig(
                dataDirectory,
                listenAddress,
                port,
                maxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                clusterSecretFile,
                newClientLimits,
                adapters,
                clientApiVersion);
    }

    /** Returns a copy with these adapters instead of the current ones. */
    public ControllerConfig withAdapters(List<ControllerAdapter> newAdapters) {
        return new ControllerConfig(
                dataDirectory,
                listenAddress,
                port,
                maxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                clusterSecretFile,
                clientLimits,
                newAdapters,
                clientApiVersion);
    }

    /** Returns a copy announcing client API version {@code version} (3: python-linstor 0.7.x). */
    public ControllerConfig withClientApiVersion(int version) {
        return new ControllerConfig(
                dataDirectory,
                listenAddress,
                port,
                maxFrameLength,
                jdbcUrl,
                jdbcUser,
                jdbcPassword,
                clusterSecretFile,
                clientLimits,
                adapters,
                version);
    }
}

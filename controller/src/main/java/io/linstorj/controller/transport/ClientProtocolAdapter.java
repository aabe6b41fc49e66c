package io.linstorj.controller.transport;

import io.linstorj.controller.ControllerAdapter;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.protocol.ClientApiVersion;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * The binary client protocol as a controller adapter: on start it builds the call table
 * ({@link ClientCalls}: LINSTOR's dialect with LinstorJ's additions) over the controller's
 * services and binds the {@link ControllerServer}. The controller starts it first,
 * before the adapters of its configuration.
 *
 * <pre>{@code
 * ClientProtocolAdapter protocol = new ClientProtocolAdapter("127.0.0.1", 0,
 *     ControllerConfig.DEFAULT_MAX_FRAME_LENGTH, ClientLimits.DEFAULTS, "LinstorJ controller");
 * try (ClientProtocolAdapter.Running running = protocol.start(services, events)) {
 *     InetSocketAddress bound = running.server().localAddress();
 * }
 * }</pre>
 */
public final class ClientProtocolAdapter implements ControllerAdapter {
    private final String listenAddress;
    private final int port;
    private final int maxFrameLength;
    private final ClientLimits limits;
    private final String controllerInfo;
    private final int announcedVersion;

    /**
     * Creates the adapter; nothing listens before {@link #start}.
     *
     * @param port 0 picks an ephemeral port
     * @param controllerInfo text of the Version message each client gets on connect
     */
    public ClientProtocolAdapter(
            String listenAddress, int port, int maxFrameLength, ClientLimits limits, String controllerInfo) {
        this(listenAddress, port, maxFrameLength, limits, controllerInfo, ClientApiVersion.CURRENT);
    }

    /**
     * Creates the adapter announcing client API version {@code announcedVersion} (3 for
     * python-linstor 0.7.x, 4 for 0.9.x); nothing listens before {@link #start}.
     *
     * @throws IllegalArgumentException if this build does not serve that version
     */
    public ClientProtocolAdapter(
            String listenAddress,
            int port,
            int maxFrameLength,
            ClientLimits limits,
            String controllerInfo,
            int announcedVersion) {
        if (!ClientApiVersion.served(announcedVersion)) {
            throw new IllegalArgumentException("the announced client API version must be " + ClientApiVersion.MINIMUM
                    + " to " + ClientApiVersion.CURRENT + ", not " + announcedVersion);
        }
        this.announcedVersion = announcedVersion;
        this.listenAddress = Objects.requireNonNull(listenAddress, "listenAddress");
        this.port = port;
        this.maxFrameLength = maxFrameLength;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.controllerInfo = Objects.requireNonNull(controllerInfo, "controllerInfo");
    }

    /**
     * Binds the client port; a call that fails unexpectedly is reported to the services' error
     * reports and its reply names the report.
     *
     * @throws InterruptedException if interrupted while binding
     * @throws IllegalStateException if the port cannot be bound
     */
    @Override
    public Running start(ControllerServices services, EventHub events) throws InterruptedException {
        ClientSessions sessions = new ClientSessions();
        ControllerServer server = ControllerServer.start(
                listenAddress,
                port,
                maxFrameLength,
                new ClientCalls(LinstorCallTable.create(services, events), announcedVersion),
                sessions,
                controllerInfo,
                limits,
                services.errorReports());
        return new Running(server, sessions);
    }

    /** The started client protocol: its server (for connection and memory figures) and its sessions. */
    public static final class Running implements ControllerAdapter.Running {
        private final ControllerServer server;
        private final ClientSessions sessions;

        private Running(ControllerServer server, ClientSessions sessions) {
            this.server = server;
            this.sessions = sessions;
        }

        /** The listening server. */
        public ControllerServer server() {
            return server;
        }

        /** The open client sessions. */
        public ClientSessions sessions() {
            return sessions;
        }

        /** {@code linstor://<addr>:<port>}, IPv6 addresses in brackets. */
        @Override
        public URI uri() {
            InetSocketAddress address = server.localAddress();
            String host = address.getAddress().getHostAddress();
            return URI.create("linstor://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
        }

        @Override
        public void close() {
            server.close();
        }
    }
}

package io.linstorj.dist.cluster;

import static io.linstorj.dist.cluster.TestCluster.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.ByteString;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.NodeInfo;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.ClusterKeyFile;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.controller.Controller;
import io.linstorj.controller.ControllerConfig;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolPipeline;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgNodeDesiredState;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import io.linstorj.satellite.Satellite;
import io.linstorj.satellite.SatelliteConfig;
import io.linstorj.satellite.link.ClusterBinding;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Satellites serve only the controller of their cluster: real controllers and satellites in this
 * JVM over real sockets on 127.0.0.21-24, and peers that only pretend to be a controller.
 */
class SatelliteTrustTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private final List<Satellite> satellites = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (Satellite satellite : satellites) {
            satellite.stop(true);
        }
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
        LoopDevices.detachAllUnder(dataDir);
    }

    private Linstor controller(String name) {
        Controller controller = Controller.start(ControllerConfig.defaults(dataDir.resolve(name))
                .withListen("127.0.0.1", 0)
                .withClusterSecretFile(secretFile(name)));
        closeables.add(controller);
        Linstor lin =
                Linstor.connect("linstor://127.0.0.1:" + controller.address().getPort());
        closeables.add(lin);
        return lin;
    }

    private Path secretFile(String controller) {
        return dataDir.resolve(controller + "-cluster-secret");
    }

    private Satellite satellite(String name, String address, int port, Optional<Path> secretFile) throws IOException {
        Path dir = Files.createDirectories(dataDir.resolve(name));
        Satellite satellite = Satellite.start(new SatelliteConfig(
                dir, address, port, Optional.of(name), ProtocolPipeline.DEFAULT_MAX_FRAME_LENGTH, 0, secretFile));
        satellites.add(satellite);
        return satellite;
    }

    private static String status(Linstor lin, String node) {
        return lin.nodeList(List.of(node)).get(0).nodes().stream()
                .map(NodeInfo::connectionStatus)
                .findFirst()
                .orElseThrow();
    }

    private static void createNode(Linstor lin, String name, Satellite satellite) {
        InetSocketAddress address = satellite.boundAddress();
        check(lin.nodeCreate(
                name, address.getAddress().getHostAddress(), Consts.VAL_NODE_TYPE_STLT, address.getPort()));
    }

    private static List<Path> volumeFiles(Path pool) throws IOException {
        try (Stream<Path> files = Files.list(pool)) {
            return files.filter(f -> f.toString().endsWith(".img")).sorted().toList();
        }
    }

    @Test
    void impostorWithTheRightNodeNameIsRefusedTellingNothingAndChangesNothing() throws Exception {
        Linstor lin = controller("ctrl-a");
        Satellite alpha = satellite("alpha", "127.0.0.21", 0, Optional.empty());
        createNode(lin, "alpha", alpha);
        await().atMost(WAIT).until(() -> status(lin, "alpha").equals("ONLINE"));
        Path pool = Files.createDirectories(dataDir.resolve("alpha/pools/DfltStorPool"));
        check(lin.storagePoolCreate("alpha", "DfltStorPool", "FILE_THIN", pool.toString()));
        check(lin.resourceDfnCreate("rsc1"));
        check(lin.volumeDfnCreate("rsc1", 4096));
        check(lin.resourceCreate("rsc1", "alpha"));
        await().atMost(WAIT).until(() -> volumeFiles(pool).size() == 1);
        List<Path> before = volumeFiles(pool);
        String clusterId =
                ClusterKeyFile.read(secretFile("ctrl-a")).orElseThrow().clusterId();

        // As the controller spoke before cluster identities: the node's name and nothing else.
        MsgApiCallResponse oldStyle;
        try (LinkImpostor impostor = new LinkImpostor(alpha.boundAddress())) {
            List<ProtocolMessage> answers = impostor.call(
                    1,
                    SatelliteCalls.AUTH,
                    MsgSatelliteAuth.newBuilder()
                            .setNodeName("alpha")
                            .setVersion(ProtocolVersion.CURRENT)
                            .setMinVersion(ProtocolVersion.MINIMUM)
                            .build());
            impostor.oneway(
                    SatelliteCalls.DESIRED_STATE,
                    MsgNodeDesiredState.newBuilder()
                            .setGeneration(1_000_000)
                            .setNodeName("alpha")
                            .build());
            oldStyle = answers.get(0).body(0, MsgApiCallResponse.parser());
            assertThat(impostor.awaitClosedBySatellite()).isTrue();
        }
        // With the cluster's public id and a guessed secret, offered as if the satellite were unbound.
        MsgApiCallResponse guessed;
        try (LinkImpostor impostor = new LinkImpostor(alpha.boundAddress())) {
            ClusterKey guess = new ClusterKey(
                    clusterId, ClusterKey.generate(new SecureRandom()).secret());
            byte[] nonce = ClusterKey.nonce(new SecureRandom());
            MsgSatelliteChallenge challenge = impostor.call(
                            1,
                            SatelliteCalls.AUTH,
                            MsgSatelliteAuth.newBuilder()
                                    .setNodeName("alpha")
                                    .setVersion(ProtocolVersion.CURRENT)
                                    .setMinVersion(ProtocolVersion.MINIMUM)
                                    .setClusterId(clusterId)
                                    .setControllerNonce(ByteString.copyFrom(nonce))
                                    .build())
                    .get(0)
                    .body(0, MsgSatelliteChallenge.parser());
            byte[] proof = guess.proof(
                    LinkRole.CONTROLLER,
                    "alpha",
                    nonce,
                    challenge.getSatelliteNonce().toByteArray());
            List<ProtocolMessage> answers = impostor.call(
                    2,
                    SatelliteCalls.PROOF,
                    MsgSatelliteProof.newBuilder()
                            .setControllerProof(ByteString.copyFrom(proof))
                            .setClusterSecret(ByteString.copyFrom(guess.secret()))
                            .build());
            impostor.oneway(
                    SatelliteCalls.DESIRED_STATE,
                    MsgNodeDesiredState.newBuilder()
                            .setGeneration(1_000_000)
                            .setNodeName("alpha")
                            .build());
            assertThat(challenge.getAdoptable()).isFalse();
            assertThat(answers).extracting(ProtocolMessage::content).containsExactly(ApiCalls.REPLY);
            guessed = answers.get(0).body(0, MsgApiCallResponse.parser());
            assertThat(impostor.awaitClosedBySatellite()).isTrue();
        }

        for (MsgApiCallResponse refusal : List.of(oldStyle, guessed)) {
            assertThat(refusal.getRetCode()).isNegative();
            assertThat(refusal.getMessage() + refusal.getCause() + refusal.getCorrection() + refusal.getDetails())
                    .isNotEmpty()
                    .doesNotContain("alpha")
                    .doesNotContain(clusterId);
        }
        check(lin.resourceDfnCreate("rsc2"));
        check(lin.volumeDfnCreate("rsc2", 4096));
        check(lin.resourceCreate("rsc2", "alpha"));
        await().atMost(WAIT).until(() -> volumeFiles(pool).size() == 2);
        assertThat(volumeFiles(pool)).containsAll(before);
        assertThat(status(lin, "alpha")).isEqualTo("ONLINE");
    }

    @Test
    void secondClusterCannotAdoptASatelliteOfTheFirst() throws Exception {
        Linstor first = controller("ctrl-a");
        Satellite bravo = satellite("bravo", "127.0.0.22", 0, Optional.empty());
        createNode(first, "bravo", bravo);
        await().atMost(WAIT).until(() -> status(first, "bravo").equals("ONLINE"));

        Linstor second = controller("ctrl-b");
        createNode(second, "bravo", bravo);

        await().atMost(WAIT).until(() -> status(second, "bravo").equals("AUTHENTICATION_ERROR"));
        assertThat(status(first, "bravo")).isEqualTo("ONLINE");
    }

    @Test
    void satelliteGivenTheSecretFileServesOnlyThatCluster() throws Exception {
        Linstor first = controller("ctrl-a");
        Linstor other = controller("ctrl-b");
        Satellite charlie = satellite("charlie", "127.0.0.23", 0, Optional.of(secretFile("ctrl-a")));

        createNode(other, "charlie", charlie);
        await().atMost(WAIT).until(() -> status(other, "charlie").equals("AUTHENTICATION_ERROR"));
        createNode(first, "charlie", charlie);

        await().atMost(WAIT).until(() -> status(first, "charlie").equals("ONLINE"));
    }

    @Test
    void restartedSatelliteKeepsItsClusterAndReconnects() throws Exception {
        Linstor first = controller("ctrl-a");
        Satellite delta = satellite("delta", "127.0.0.24", 0, Optional.empty());
        int port = delta.boundAddress().getPort();
        createNode(first, "delta", delta);
        await().atMost(WAIT).until(() -> status(first, "delta").equals("ONLINE"));

        satellites.remove(delta);
        delta.stop(true);
        await().atMost(WAIT).until(() -> !status(first, "delta").equals("ONLINE"));
        Satellite restarted = satellite("delta", "127.0.0.24", port, Optional.empty());
        Linstor other = controller("ctrl-b");
        createNode(other, "delta", restarted);

        await().atMost(WAIT).until(() -> status(first, "delta").equals("ONLINE"));
        await().atMost(WAIT).until(() -> status(other, "delta").equals("AUTHENTICATION_ERROR"));
        Path identity = dataDir.resolve("delta").resolve(ClusterBinding.FILE_NAME);
        assertThat(ClusterKeyFile.read(identity)
                        .orElseThrow()
                        .sameAs(ClusterKeyFile.read(secretFile("ctrl-a")).orElseThrow()))
                .isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(identity)))
                .isEqualTo("rw-------");
    }

    @Test
    void controllerNeverHandsItsSecretToAPeerClaimingToBeAnAdoptedNodeAfresh() throws Exception {
        Linstor lin = controller("ctrl-a");
        Satellite echo = satellite("echo", "127.0.0.25", 0, Optional.empty());
        int port = echo.boundAddress().getPort();
        createNode(lin, "echo", echo);
        await().atMost(WAIT).until(() -> status(lin, "echo").equals("ONLINE"));

        satellites.remove(echo);
        echo.stop(true);
        Path identity = dataDir.resolve("echo").resolve(ClusterBinding.FILE_NAME);
        Files.delete(identity);
        satellite("echo", "127.0.0.25", port, Optional.empty());

        await().atMost(WAIT).until(() -> status(lin, "echo").equals("AUTHENTICATION_ERROR"));
        assertThat(identity).doesNotExist();
    }
}

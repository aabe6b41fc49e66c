package io.linstorj.satellite.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControllerHandshakeTest {
    private final SecureRandom random = new SecureRandom();
    private final ClusterKey key = ClusterKey.generate(random);

    @TempDir
    Path dir;

    private ClusterBinding bound() {
        return ClusterBinding.inMemory(dir.resolve(ClusterBinding.FILE_NAME), Optional.of(key));
    }

    private MsgSatelliteAuth auth(String clusterId, byte[] controllerNonce) {
        return MsgSatelliteAuth.newBuilder()
                .setNodeName("alpha")
                .setVersion(ProtocolVersion.CURRENT)
                .setMinVersion(ProtocolVersion.MINIMUM)
                .setClusterId(clusterId)
                .setControllerNonce(ByteString.copyFrom(controllerNonce))
                .build();
    }

    private static MsgSatelliteProof proof(ClusterKey by, byte[] controllerNonce, MsgSatelliteChallenge challenge) {
        return MsgSatelliteProof.newBuilder()
                .setControllerProof(ByteString.copyFrom(by.proof(
                        LinkRole.CONTROLLER,
                        "alpha",
                        controllerNonce,
                        challenge.getSatelliteNonce().toByteArray())))
                .build();
    }

    @Test
    void controllerProvingTheClusterKeyIsAccepted() {
        ControllerHandshake handshake = new ControllerHandshake(bound(), random);
        byte[] nonce = ClusterKey.nonce(random);
        MsgSatelliteChallenge challenge =
                handshake.challenge(auth(key.clusterId(), nonce)).orElseThrow();

        ControllerHandshake.Outcome outcome = handshake.verify(proof(key, nonce, challenge));

        assertThat(challenge.getAdoptable()).isFalse();
        assertThat(outcome).isEqualTo(new ControllerHandshake.Outcome.Accepted(key, false));
        assertThat(key.verifies(
                        LinkRole.SATELLITE,
                        "alpha",
                        nonce,
                        challenge.getSatelliteNonce().toByteArray(),
                        handshake.satelliteProof(key)))
                .isTrue();
    }

    @Test
    void proofCapturedFromAnotherHandshakeIsRefused() {
        byte[] nonce = ClusterKey.nonce(random);
        ControllerHandshake first = new ControllerHandshake(bound(), random);
        MsgSatelliteProof captured =
                proof(key, nonce, first.challenge(auth(key.clusterId(), nonce)).orElseThrow());
        assertThat(first.verify(captured)).isInstanceOf(ControllerHandshake.Outcome.Accepted.class);

        // The replaying peer sends the same controller nonce; the satellite picks a new one.
        ControllerHandshake second = new ControllerHandshake(bound(), random);
        second.challenge(auth(key.clusterId(), nonce)).orElseThrow();

        assertThat(second.verify(captured)).isInstanceOf(ControllerHandshake.Outcome.Refused.class);
    }

    @Test
    void secondProofOnOneHandshakeIsRefusedEvenIfRight() {
        ControllerHandshake handshake = new ControllerHandshake(bound(), random);
        byte[] nonce = ClusterKey.nonce(random);
        MsgSatelliteChallenge challenge =
                handshake.challenge(auth(key.clusterId(), nonce)).orElseThrow();
        handshake.verify(MsgSatelliteProof.newBuilder()
                .setControllerProof(ByteString.copyFrom(new byte[32]))
                .build());

        assertThat(handshake.verify(proof(key, nonce, challenge)))
                .isInstanceOf(ControllerHandshake.Outcome.Refused.class);
    }

    @Test
    void controllerOfAnotherClusterIsRefusedEvenWithTheRightNodeName() {
        ClusterKey other = ClusterKey.generate(random);
        ControllerHandshake handshake = new ControllerHandshake(bound(), random);
        byte[] nonce = ClusterKey.nonce(random);
        MsgSatelliteChallenge challenge =
                handshake.challenge(auth(other.clusterId(), nonce)).orElseThrow();

        MsgSatelliteProof offer = proof(other, nonce, challenge).toBuilder()
                .setClusterSecret(ByteString.copyFrom(other.secret()))
                .build();

        assertThat(handshake.verify(offer)).isInstanceOf(ControllerHandshake.Outcome.Refused.class);
    }

    @Test
    void guessedSecretUnderTheRightClusterIdIsRefused() {
        ClusterKey guess =
                new ClusterKey(key.clusterId(), ClusterKey.generate(random).secret());
        ControllerHandshake handshake = new ControllerHandshake(bound(), random);
        byte[] nonce = ClusterKey.nonce(random);
        MsgSatelliteChallenge challenge =
                handshake.challenge(auth(key.clusterId(), nonce)).orElseThrow();

        assertThat(handshake.verify(proof(guess, nonce, challenge)))
                .isInstanceOf(ControllerHandshake.Outcome.Refused.class);
    }

    @Test
    void satelliteWithoutClusterAcceptsTheOfferedSecretOnlyWithAMatchingProof() {
        ClusterBinding unbound = ClusterBinding.inMemory(dir.resolve(ClusterBinding.FILE_NAME), Optional.empty());
        byte[] nonce = ClusterKey.nonce(random);
        ControllerHandshake handshake = new ControllerHandshake(unbound, random);
        MsgSatelliteChallenge challenge =
                handshake.challenge(auth(key.clusterId(), nonce)).orElseThrow();
        ControllerHandshake mismatched = new ControllerHandshake(unbound, random);
        MsgSatelliteChallenge otherChallenge =
                mismatched.challenge(auth(key.clusterId(), nonce)).orElseThrow();

        ControllerHandshake.Outcome outcome = handshake.verify(proof(key, nonce, challenge).toBuilder()
                .setClusterSecret(ByteString.copyFrom(key.secret()))
                .build());
        ControllerHandshake.Outcome wrong = mismatched.verify(proof(key, nonce, otherChallenge).toBuilder()
                .setClusterSecret(
                        ByteString.copyFrom(ClusterKey.generate(random).secret()))
                .build());

        assertThat(challenge.getAdoptable()).isTrue();
        assertThat(outcome).isEqualTo(new ControllerHandshake.Outcome.Accepted(key, true));
        assertThat(wrong).isInstanceOf(ControllerHandshake.Outcome.Refused.class);
    }

    @Test
    void authWithoutClusterIdentityGetsNoChallenge() {
        ControllerHandshake handshake = new ControllerHandshake(bound(), random);

        assertThat(handshake.challenge(MsgSatelliteAuth.newBuilder()
                        .setNodeName("alpha")
                        .setVersion(ProtocolVersion.CURRENT)
                        .build()))
                .isEmpty();
        assertThat(handshake.verify(MsgSatelliteProof.getDefaultInstance()))
                .isInstanceOf(ControllerHandshake.Outcome.Refused.class);
    }
}

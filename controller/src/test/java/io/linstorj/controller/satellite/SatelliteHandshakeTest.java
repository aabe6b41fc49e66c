package io.linstorj.controller.satellite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SatelliteHandshakeTest {
    private final SecureRandom random = new SecureRandom();
    private final ClusterKey key = ClusterKey.generate(random);
    private final LinkCredentials credentials = new LinkCredentials("controller-1", key);

    private static MsgSatelliteChallenge challenge(byte[] nonce, boolean adoptable) {
        return MsgSatelliteChallenge.newBuilder()
                .setSatelliteNonce(ByteString.copyFrom(nonce))
                .setAdoptable(adoptable)
                .build();
    }

    @Test
    void boundSatelliteGetsAProofButNeverTheSecret() {
        SatelliteHandshake handshake = new SatelliteHandshake(credentials, "alpha", random);
        MsgSatelliteAuth auth = handshake.auth();
        byte[] satelliteNonce = ClusterKey.nonce(random);

        MsgSatelliteProof proof = handshake.respond(challenge(satelliteNonce, false));

        assertThat(auth.getClusterId()).isEqualTo(key.clusterId());
        assertThat(auth.getControllerNonce().size()).isEqualTo(ClusterKey.NONCE_BYTES);
        assertThat(proof.getClusterSecret().isEmpty()).isTrue();
        assertThat(key.verifies(
                        LinkRole.CONTROLLER,
                        "alpha",
                        auth.getControllerNonce().toByteArray(),
                        satelliteNonce,
                        proof.getControllerProof().toByteArray()))
                .isTrue();
    }

    @Test
    void adoptableSatelliteGetsTheSecretOnce() {
        SatelliteHandshake handshake = new SatelliteHandshake(credentials, "alpha", random);
        handshake.auth();

        MsgSatelliteProof proof = handshake.respond(challenge(ClusterKey.nonce(random), true));

        assertThat(handshake.adopting()).isTrue();
        assertThat(proof.getClusterSecret().toByteArray()).isEqualTo(key.secret());
    }

    @Test
    void satelliteReplayingAProofOfAnotherHandshakeIsNotTrusted() {
        byte[] satelliteNonce = ClusterKey.nonce(random);
        SatelliteHandshake earlier = new SatelliteHandshake(credentials, "alpha", random);
        byte[] earlierNonce = earlier.auth().getControllerNonce().toByteArray();
        byte[] captured = key.proof(LinkRole.SATELLITE, "alpha", earlierNonce, satelliteNonce);
        earlier.respond(challenge(satelliteNonce, false));
        assertThat(earlier.satelliteProved(captured)).isTrue();

        SatelliteHandshake now = new SatelliteHandshake(credentials, "alpha", random);
        now.auth();
        now.respond(challenge(satelliteNonce, false));

        assertThat(now.satelliteProved(captured)).isFalse();
    }

    @Test
    void satelliteEchoingTheControllersProofIsNotTrusted() {
        SatelliteHandshake handshake = new SatelliteHandshake(credentials, "alpha", random);
        handshake.auth();
        MsgSatelliteProof proof = handshake.respond(challenge(ClusterKey.nonce(random), false));

        assertThat(handshake.satelliteProved(proof.getControllerProof().toByteArray()))
                .isFalse();
        assertThat(handshake.satelliteProved(new byte[0])).isFalse();
    }

    @Test
    void challengeWithoutAProperNonceIsRefused() {
        SatelliteHandshake handshake = new SatelliteHandshake(credentials, "alpha", random);
        handshake.auth();

        assertThatThrownBy(() -> handshake.respond(challenge(new byte[3], false)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

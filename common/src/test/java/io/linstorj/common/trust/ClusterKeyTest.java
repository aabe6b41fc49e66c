package io.linstorj.common.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ClusterKeyTest {
    private final SecureRandom random = new SecureRandom();
    private final ClusterKey key = ClusterKey.generate(random);
    private final byte[] controllerNonce = ClusterKey.nonce(random);
    private final byte[] satelliteNonce = ClusterKey.nonce(random);

    @Test
    void proofVerifiesForTheSameRoleNodeAndNonces() {
        byte[] proof = key.proof(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce);

        assertThat(key.verifies(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce, proof))
                .isTrue();
    }

    @Test
    void proofOfOneRoleIsNoProofOfTheOther() {
        byte[] proof = key.proof(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce);

        assertThat(key.verifies(LinkRole.SATELLITE, "alpha", controllerNonce, satelliteNonce, proof))
                .isFalse();
    }

    @Test
    void proofIsBoundToNodeNameNoncesAndSecret() {
        byte[] proof = key.proof(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce);

        assertThat(key.verifies(LinkRole.CONTROLLER, "bravo", controllerNonce, satelliteNonce, proof))
                .isFalse();
        assertThat(key.verifies(LinkRole.CONTROLLER, "alpha", ClusterKey.nonce(random), satelliteNonce, proof))
                .isFalse();
        assertThat(key.verifies(LinkRole.CONTROLLER, "alpha", controllerNonce, ClusterKey.nonce(random), proof))
                .isFalse();
        ClusterKey other =
                new ClusterKey(key.clusterId(), ClusterKey.generate(random).secret());
        assertThat(other.verifies(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce, proof))
                .isFalse();
    }

    @Test
    void shortNoncesAndEmptyProofsNeverVerify() {
        byte[] shortNonce = new byte[4];
        byte[] proof = key.proof(LinkRole.CONTROLLER, "alpha", shortNonce, satelliteNonce);

        assertThat(key.verifies(LinkRole.CONTROLLER, "alpha", shortNonce, satelliteNonce, proof))
                .isFalse();
        assertThat(key.verifies(LinkRole.CONTROLLER, "alpha", controllerNonce, satelliteNonce, new byte[0]))
                .isFalse();
    }

    @Test
    void generatedSecretHas256RandomBitsAndIsHiddenFromToString() {
        ClusterKey another = ClusterKey.generate(random);

        assertThat(key.secret()).hasSize(32);
        assertThat(key.sameAs(another)).isFalse();
        assertThat(key.toString()).contains(key.clusterId()).doesNotContain(key.encodedSecret());
    }

    @Test
    void decodedKeyIsTheSameKey() {
        assertThat(ClusterKey.decode(key.clusterId(), key.encodedSecret()).sameAs(key))
                .isTrue();
    }

    @Test
    void secretOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> new ClusterKey("c", new byte[16]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> ClusterKey.decode("c", "not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}

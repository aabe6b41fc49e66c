package io.linstorj.controller.satellite;

import com.google.protobuf.ByteString;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import java.security.SecureRandom;

/**
 * The controller's half of one connection's handshake with a satellite (see {@code
 * satellite.proto}): opens with the cluster id and a fresh nonce, answers the satellite's
 * challenge with its HMAC over both nonces (adding the secret only for a satellite that belongs
 * to no cluster yet), and accepts the satellite only if the satellite's own HMAC verifies, so that
 * a peer that merely answers at the node's address learns nothing it could replay and is not
 * taken for the node's satellite. One instance per connection attempt, driven by its event loop.
 *
 * <pre>{@code
 * SatelliteHandshake handshake = new SatelliteHandshake(credentials, "alpha", random);
 * MsgSatelliteAuth auth = handshake.auth();
 * MsgSatelliteProof proof = handshake.respond(challenge);
 * boolean trusted = handshake.satelliteProved(info.getSatelliteProof().toByteArray());
 * }</pre>
 */
final class SatelliteHandshake {
    private final LinkCredentials credentials;
    private final String nodeName;
    private final byte[] controllerNonce;
    private byte[] satelliteNonce;
    private boolean adopting;

    SatelliteHandshake(LinkCredentials credentials, String nodeName, SecureRandom random) {
        this.credentials = credentials;
        this.nodeName = nodeName;
        this.controllerNonce = ClusterKey.nonce(random);
    }

    /** The first call. */
    MsgSatelliteAuth auth() {
        return MsgSatelliteAuth.newBuilder()
                .setNodeName(nodeName)
                .setControllerUuid(credentials.controllerUuid())
                .setVersion(ProtocolVersion.CURRENT)
                .setMinVersion(ProtocolVersion.MINIMUM)
                .setClusterId(credentials.key().clusterId())
                .setControllerNonce(ByteString.copyFrom(controllerNonce))
                .build();
    }

    /**
     * The proof for {@code challenge}.
     *
     * @throws IllegalArgumentException if the challenge carries no proper nonce
     */
    MsgSatelliteProof respond(MsgSatelliteChallenge challenge) {
        if (challenge.getSatelliteNonce().size() != ClusterKey.NONCE_BYTES) {
            throw new IllegalArgumentException("the satellite's challenge has a nonce of "
                    + challenge.getSatelliteNonce().size() + " bytes, not " + ClusterKey.NONCE_BYTES);
        }
        satelliteNonce = challenge.getSatelliteNonce().toByteArray();
        adopting = challenge.getAdoptable();
        ClusterKey key = credentials.key();
        MsgSatelliteProof.Builder proof = MsgSatelliteProof.newBuilder()
                .setControllerProof(
                        ByteString.copyFrom(key.proof(LinkRole.CONTROLLER, nodeName, controllerNonce, satelliteNonce)));
        if (adopting) {
            proof.setClusterSecret(ByteString.copyFrom(key.secret()));
        }
        return proof.build();
    }

    /** True if the satellite asked to be adopted (it belonged to no cluster). */
    boolean adopting() {
        return adopting;
    }

    /** True if {@code proof} is the satellite's HMAC for this handshake's nonces. */
    boolean satelliteProved(byte[] proof) {
        return satelliteNonce != null
                && credentials.key().verifies(LinkRole.SATELLITE, nodeName, controllerNonce, satelliteNonce, proof);
    }
}

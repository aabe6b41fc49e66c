package io.linstorj.satellite.link;

import com.google.protobuf.ByteString;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteProof;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The satellite's half of one connection's handshake: answers the controller's
 * {@code SatelliteAuth} with a fresh nonce, then checks the controller's HMAC over both nonces
 * against the cluster this satellite belongs to (or, while it belongs to none, against the secret
 * the controller offers for adoption). Each handshake checks one proof only: a second attempt,
 * or a proof recorded from another connection, is refused. Not thread-safe: one connection's
 * event loop drives it.
 *
 * <pre>{@code
 * ControllerHandshake handshake = new ControllerHandshake(binding, random);
 * Optional<MsgSatelliteChallenge> challenge = handshake.challenge(auth);   // empty: refuse
 * ControllerHandshake.Outcome outcome = handshake.verify(proof);
 * }</pre>
 */
final class ControllerHandshake {
    private final ClusterBinding binding;
    private final SecureRandom random;
    private MsgSatelliteAuth auth;
    private byte[] satelliteNonce;
    private boolean spent;

    ControllerHandshake(ClusterBinding binding, SecureRandom random) {
        this.binding = binding;
        this.random = random;
    }

    /** What checking the controller's proof decided. */
    sealed interface Outcome {
        /**
         * The controller holds {@code key}.
         *
         * @param adopts true if the satellite belongs to no cluster yet and should adopt {@code key}
         */
        record Accepted(ClusterKey key, boolean adopts) implements Outcome {}

        /** The controller is refused; {@code reason} is for this satellite's log only. */
        record Refused(String reason) implements Outcome {}
    }

    /**
     * The challenge for {@code request}, or empty if it carries no cluster id and nonce (a
     * controller of the time before cluster identities, or a peer that is none) or if this
     * handshake already had its call.
     */
    Optional<MsgSatelliteChallenge> challenge(MsgSatelliteAuth request) {
        if (auth != null
                || request.getClusterId().isEmpty()
                || request.getControllerNonce().size() != ClusterKey.NONCE_BYTES) {
            spent = true;
            return Optional.empty();
        }
        auth = request;
        satelliteNonce = ClusterKey.nonce(random);
        return Optional.of(MsgSatelliteChallenge.newBuilder()
                .setSatelliteNonce(ByteString.copyFrom(satelliteNonce))
                .setAdoptable(binding.key().isEmpty())
                .build());
    }

    /** The node name the controller asked for in its call (before any proof: not to act on). */
    String requestedNodeName() {
        return auth == null ? "" : auth.getNodeName();
    }

    /** Checks the controller's proof; a second call, or one before {@link #challenge}, refuses. */
    Outcome verify(MsgSatelliteProof proof) {
        if (auth == null || spent) {
            spent = true;
            return new Outcome.Refused("a proof outside of a handshake");
        }
        spent = true;
        Optional<ClusterKey> bound = binding.key();
        ClusterKey key;
        if (bound.isPresent()) {
            key = bound.get();
            if (!key.clusterId().equals(auth.getClusterId())) {
                return new Outcome.Refused("it speaks for cluster " + auth.getClusterId()
                        + ", this satellite belongs to " + key.clusterId());
            }
        } else {
            if (proof.getClusterSecret().size() != ClusterKey.SECRET_BYTES) {
                return new Outcome.Refused(
                        "this satellite belongs to no cluster yet and the controller offered no secret");
            }
            key = new ClusterKey(auth.getClusterId(), proof.getClusterSecret().toByteArray());
        }
        boolean proved = key.verifies(
                LinkRole.CONTROLLER,
                auth.getNodeName(),
                auth.getControllerNonce().toByteArray(),
                satelliteNonce,
                proof.getControllerProof().toByteArray());
        if (!proved) {
            return new Outcome.Refused("its proof of the cluster's secret is wrong");
        }
        return new Outcome.Accepted(key, bound.isEmpty());
    }

    /** This satellite's proof for the handshake, sent once the controller is accepted. */
    byte[] satelliteProof(ClusterKey key) {
        return key.proof(
                LinkRole.SATELLITE,
                auth.getNodeName(),
                auth.getControllerNonce().toByteArray(),
                satelliteNonce);
    }
}

package io.linstorj.controller.satellite;

import io.linstorj.common.RetCodes;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handshake of one connection to a satellite as a state machine ({@link HandshakeState}): each
 * message the satellite sends before it is online yields one {@link Step} for the connection to
 * carry out. The cryptography is {@link SatelliteHandshake}'s; this class decides what each answer
 * means. Confined to the connection's event loop.
 */
final class LinkHandshake {
    private static final Logger LOG = LoggerFactory.getLogger(LinkHandshake.class);
    static final long AUTH_CALL_ID = 1;
    static final long PROOF_CALL_ID = 2;

    /** What the connection does with one message of the handshake. */
    sealed interface Step {}

    /** Sends {@code message} to the satellite. */
    record Send(ProtocolMessage message) implements Step {}

    /** Closes the connection: the handshake failed with {@code status} for {@code reason}. */
    record Fail(ConnectionStatus status, String reason) implements Step {}

    /** The satellite is authenticated. */
    record Online(SatelliteInfo info) implements Step {}

    /** Nothing to do: the message changes nothing (a pong, a success reply, the auth call's end). */
    record Ignore() implements Step {}

    /** The message has no place in the handshake: the connection starts over. */
    record Unexpected() implements Step {}

    private final LinkCredentials credentials;
    private final String nodeName;
    private final InetSocketAddress address;
    private final SecureRandom random;
    private final boolean provedBefore;
    private HandshakeState state = HandshakeState.AWAITING_VERSION;
    private SatelliteHandshake proofs;

    /**
     * Starts a handshake awaiting the satellite's version.
     *
     * @param provedBefore true if the node's satellite proved the cluster key on an earlier
     *     connection: from then on it never gets the secret again
     */
    LinkHandshake(
            LinkCredentials credentials,
            String nodeName,
            InetSocketAddress address,
            SecureRandom random,
            boolean provedBefore) {
        this.credentials = credentials;
        this.nodeName = nodeName;
        this.address = address;
        this.random = random;
        this.provedBefore = provedBefore;
    }

    HandshakeState state() {
        return state;
    }

    /**
     * The step for a message received while not {@link HandshakeState#ONLINE}.
     *
     * @throws IllegalStateException once online: the connection's messages are no handshake then
     */
    Step receive(ProtocolMessage msg) {
        return switch (state) {
            case AWAITING_VERSION -> version(msg);
            case AWAITING_CHALLENGE, AWAITING_INFO -> answer(msg);
            case FAILED -> new Ignore();
            case ONLINE -> throw new IllegalStateException("the handshake with node '" + nodeName + "' is over");
        };
    }

    /**
     * The step for an error on the connection before the satellite's version arrived: the peer
     * does not speak the protocol.
     */
    Fail notTheProtocol(Throwable cause) {
        state = HandshakeState.FAILED;
        return new Fail(
                ConnectionStatus.VERSION_MISMATCH,
                "the peer at " + address + " does not speak the LinstorJ protocol: " + cause.getMessage());
    }

    private Step version(ProtocolMessage msg) {
        if (!ApiCalls.VERSION.equals(msg.content())) {
            return fail(ConnectionStatus.VERSION_MISMATCH, "the peer at " + address + " is not a LinstorJ satellite");
        }
        MsgApiVersion version = msg.body(0, MsgApiVersion.parser());
        if (!ProtocolVersion.compatible((int) version.getVersion(), (int) version.getMinVersion())) {
            return fail(
                    ConnectionStatus.VERSION_MISMATCH,
                    "the satellite speaks versions " + version.getMinVersion() + ".." + version.getVersion()
                            + ", this controller " + ProtocolVersion.CURRENT);
        }
        state = HandshakeState.AWAITING_CHALLENGE;
        proofs = new SatelliteHandshake(credentials, nodeName, random);
        return new Send(ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, AUTH_CALL_ID, SatelliteCalls.AUTH),
                proofs.auth()));
    }

    /** A message after the version: an answer to the auth or the proof call, or their end. */
    private Step answer(ProtocolMessage msg) {
        boolean handshakeCall = msg.apiCallId() == AUTH_CALL_ID || msg.apiCallId() == PROOF_CALL_ID;
        if (ApiCalls.PONG.equals(msg.content())) {
            return new Ignore();
        } else if (handshakeCall && msg.type() == MsgHeader.MsgType.ANSWER) {
            return msg.apiCallId() == AUTH_CALL_ID ? challenge(msg) : proofAnswer(msg);
        } else if (handshakeCall && msg.type() == MsgHeader.MsgType.COMPLETE) {
            // The auth call may end once its challenge is answered; the proof call must not end unanswered.
            if (msg.apiCallId() == PROOF_CALL_ID || state != HandshakeState.AWAITING_INFO) {
                return fail(
                        ConnectionStatus.AUTHENTICATION_ERROR,
                        "the satellite at " + address + " ended the handshake without authenticating");
            }
            return new Ignore();
        }
        return new Unexpected();
    }

    private Step challenge(ProtocolMessage msg) {
        if (ApiCalls.REPLY.equals(msg.content())) {
            return reply(msg);
        }
        if (!SatelliteCalls.CHALLENGE.equals(msg.content()) || state == HandshakeState.AWAITING_INFO) {
            return fail(
                    ConnectionStatus.AUTHENTICATION_ERROR,
                    "the satellite at " + address + " answered the handshake"
                            + " with '" + msg.content()
                            + "': it runs a LinstorJ version without cluster identities; run the"
                            + " same version on controller and satellites");
        }
        MsgSatelliteChallenge challenge = msg.body(0, MsgSatelliteChallenge.parser());
        if (challenge.getSatelliteNonce().size() != ClusterKey.NONCE_BYTES) {
            return fail(
                    ConnectionStatus.AUTHENTICATION_ERROR,
                    "the satellite at " + address + " sent a challenge without a proper nonce");
        }
        if (challenge.getAdoptable() && provedBefore) {
            return fail(
                    ConnectionStatus.AUTHENTICATION_ERROR,
                    "the peer at " + address + " asks for this cluster's"
                            + " secret, but the node's satellite proved it belongs to this cluster before: it is no longer"
                            + " that satellite, or its data directory was lost; start the satellite with --cluster-secret-file");
        }
        if (challenge.getAdoptable()) {
            LOG.warn(
                    "node '{}': the satellite at {} belongs to no cluster yet; it adopts cluster {} and receives"
                            + " its secret once (trust on first use; --cluster-secret-file on the satellite avoids sending it)",
                    nodeName,
                    address,
                    credentials.key().clusterId());
        }
        state = HandshakeState.AWAITING_INFO;
        return new Send(ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.API_CALL, PROOF_CALL_ID, SatelliteCalls.PROOF),
                proofs.respond(challenge)));
    }

    private Step proofAnswer(ProtocolMessage msg) {
        if (ApiCalls.REPLY.equals(msg.content())) {
            return reply(msg);
        }
        if (!SatelliteCalls.INFO.equals(msg.content())) {
            return fail(
                    ConnectionStatus.AUTHENTICATION_ERROR,
                    "the satellite at " + address + " answered the proof with '" + msg.content() + "'");
        }
        MsgSatelliteInfo info = msg.body(0, MsgSatelliteInfo.parser());
        if (!proofs.satelliteProved(info.getSatelliteProof().toByteArray())) {
            return fail(
                    ConnectionStatus.AUTHENTICATION_ERROR,
                    "the peer at " + address
                            + " accepted this controller but could not prove it belongs to cluster "
                            + credentials.key().clusterId() + "; it is not taken for the node's satellite");
        }
        state = HandshakeState.ONLINE;
        return new Online(ObservedReports.info(info));
    }

    /** A "Reply" in the handshake: a success is a step, an error is the satellite's refusal. */
    private Step reply(ProtocolMessage msg) {
        MsgApiCallResponse reply = msg.body(0, MsgApiCallResponse.parser());
        if (RetCodes.isError(reply.getRetCode())) {
            return fail(
                    ConnectionStatus.AUTHENTICATION_ERROR,
                    "the satellite at " + address
                            + " refused this controller of cluster "
                            + credentials.key().clusterId() + ": " + reply.getMessage()
                            + " " + reply.getCorrection());
        }
        return new Ignore();
    }

    private Step fail(ConnectionStatus status, String reason) {
        state = HandshakeState.FAILED;
        return new Fail(status, reason);
    }
}

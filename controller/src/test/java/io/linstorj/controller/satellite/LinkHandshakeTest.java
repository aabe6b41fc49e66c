package io.linstorj.controller.satellite;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.linstorj.common.RetCodes;
import io.linstorj.common.trust.ClusterKey;
import io.linstorj.common.trust.LinkRole;
import io.linstorj.protocol.ApiCalls;
import io.linstorj.protocol.ProtocolMessage;
import io.linstorj.protocol.ProtocolVersion;
import io.linstorj.protocol.SatelliteCalls;
import io.linstorj.protocol.proto.MsgApiCallResponse;
import io.linstorj.protocol.proto.MsgApiVersion;
import io.linstorj.protocol.proto.MsgHeader;
import io.linstorj.protocol.proto.MsgSatelliteAuth;
import io.linstorj.protocol.proto.MsgSatelliteChallenge;
import io.linstorj.protocol.proto.MsgSatelliteInfo;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The controller's handshake with a satellite, message by message, without a socket. */
class LinkHandshakeTest {
    private final SecureRandom random = new SecureRandom();
    private final ClusterKey key = ClusterKey.generate(random);
    private final LinkCredentials credentials = new LinkCredentials("controller-1", key);
    private final InetSocketAddress address = new InetSocketAddress("127.0.8.41", 3366);
    private final byte[] satelliteNonce = ClusterKey.nonce(random);

    private LinkHandshake handshake(boolean provedBefore) {
        return new LinkHandshake(credentials, "alpha", address, random, provedBefore);
    }

    private static ProtocolMessage version(int version, int minVersion) {
        return ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ONEWAY, 0, ApiCalls.VERSION),
                MsgApiVersion.newBuilder()
                        .setVersion(version)
                        .setMinVersion(minVersion)
                        .build());
    }

    private ProtocolMessage challenge(boolean adoptable) {
        return ProtocolMessage.of(
                ProtocolMessage.headerOf(
                        MsgHeader.MsgType.ANSWER, LinkHandshake.AUTH_CALL_ID, SatelliteCalls.CHALLENGE),
                MsgSatelliteChallenge.newBuilder()
                        .setSatelliteNonce(ByteString.copyFrom(satelliteNonce))
                        .setAdoptable(adoptable)
                        .build());
    }

    private static ProtocolMessage info(byte[] proof) {
        return ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, LinkHandshake.PROOF_CALL_ID, SatelliteCalls.INFO),
                MsgSatelliteInfo.newBuilder()
                        .setDrbdDriver("emulated")
                        .setSatelliteInfo("test satellite")
                        .setSatelliteProof(ByteString.copyFrom(proof))
                        .build());
    }

    private static ProtocolMessage complete(long callId) {
        return ProtocolMessage.header(MsgHeader.MsgType.COMPLETE, callId, "");
    }

    /** Runs the handshake up to the proof and returns the controller's nonce. */
    private static byte[] upToTheProof(LinkHandshake handshake, ProtocolMessage challenge) {
        LinkHandshake.Send auth =
                (LinkHandshake.Send) handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM));
        byte[] controllerNonce = auth.message()
                .body(0, MsgSatelliteAuth.parser())
                .getControllerNonce()
                .toByteArray();
        assertThat(handshake.receive(challenge)).isInstanceOf(LinkHandshake.Send.class);
        return controllerNonce;
    }

    @Test
    void aSatelliteThatProvesTheClusterKeyIsOnlineWithWhatItSaysOfItself() {
        LinkHandshake handshake = handshake(false);
        byte[] controllerNonce = upToTheProof(handshake, challenge(false));
        assertThat(handshake.state()).isEqualTo(HandshakeState.AWAITING_INFO);

        LinkHandshake.Step step =
                handshake.receive(info(key.proof(LinkRole.SATELLITE, "alpha", controllerNonce, satelliteNonce)));

        assertThat(step).isEqualTo(new LinkHandshake.Online(new SatelliteInfo("emulated", "", "test satellite")));
        assertThat(handshake.state()).isEqualTo(HandshakeState.ONLINE);
    }

    @Test
    void theVersionComesFirstAndTheAuthCallFollowsIt() {
        LinkHandshake handshake = handshake(false);

        LinkHandshake.Step step = handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM));

        assertThat(step).isInstanceOf(LinkHandshake.Send.class);
        assertThat(((LinkHandshake.Send) step).message().content()).isEqualTo(SatelliteCalls.AUTH);
        assertThat(handshake.state()).isEqualTo(HandshakeState.AWAITING_CHALLENGE);
    }

    @Test
    void aPeerThatDoesNotOpenWithItsVersionIsAVersionMismatch() {
        LinkHandshake handshake = handshake(false);

        LinkHandshake.Step step = handshake.receive(challenge(false));

        assertThat(step).isInstanceOf(LinkHandshake.Fail.class);
        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.VERSION_MISMATCH);
        assertThat(handshake.state()).isEqualTo(HandshakeState.FAILED);
    }

    @Test
    void aSatelliteOfAnIncompatibleVersionIsAVersionMismatch() {
        LinkHandshake handshake = handshake(false);

        LinkHandshake.Step step = handshake.receive(version(ProtocolVersion.CURRENT + 5, ProtocolVersion.CURRENT + 5));

        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.VERSION_MISMATCH);
        assertThat(((LinkHandshake.Fail) step).reason()).contains("this controller " + ProtocolVersion.CURRENT);
    }

    @Test
    void aSatelliteThatProvedItselfBeforeNeverGetsTheSecretWhenItAsksForIt() {
        LinkHandshake handshake = handshake(true);
        handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM));

        LinkHandshake.Step step = handshake.receive(challenge(true));

        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.AUTHENTICATION_ERROR);
        assertThat(((LinkHandshake.Fail) step).reason()).contains("--cluster-secret-file");
    }

    @Test
    void aSatelliteWhoseProofDoesNotVerifyIsAnAuthenticationError() {
        LinkHandshake handshake = handshake(false);
        upToTheProof(handshake, challenge(false));

        LinkHandshake.Step step = handshake.receive(info(new byte[32]));

        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.AUTHENTICATION_ERROR);
        assertThat(handshake.state()).isEqualTo(HandshakeState.FAILED);
    }

    @Test
    void aSatellitesRefusalIsAnAuthenticationErrorWithItsMessage() {
        LinkHandshake handshake = handshake(false);
        handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM));

        LinkHandshake.Step step = handshake.receive(ProtocolMessage.of(
                ProtocolMessage.headerOf(MsgHeader.MsgType.ANSWER, LinkHandshake.AUTH_CALL_ID, ApiCalls.REPLY),
                MsgApiCallResponse.newBuilder()
                        .setRetCode(RetCodes.MASK_ERROR)
                        .setMessage("belongs to another cluster")
                        .build()));

        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.AUTHENTICATION_ERROR);
        assertThat(((LinkHandshake.Fail) step).reason()).contains("belongs to another cluster");
    }

    @Test
    void theAuthCallMayEndOnceAnsweredButTheProofCallNotBeforeItsAnswer() {
        LinkHandshake handshake = handshake(false);
        upToTheProof(handshake, challenge(false));

        assertThat(handshake.receive(complete(LinkHandshake.AUTH_CALL_ID))).isInstanceOf(LinkHandshake.Ignore.class);
        LinkHandshake.Step step = handshake.receive(complete(LinkHandshake.PROOF_CALL_ID));

        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.AUTHENTICATION_ERROR);
    }

    @Test
    void aSatelliteEndingTheAuthCallUnansweredIsAnAuthenticationError() {
        LinkHandshake handshake = handshake(false);
        handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM));

        LinkHandshake.Step step = handshake.receive(complete(LinkHandshake.AUTH_CALL_ID));

        assertThat(((LinkHandshake.Fail) step).status()).isEqualTo(ConnectionStatus.AUTHENTICATION_ERROR);
    }

    @Test
    void nothingCountsOnceTheHandshakeFailed() {
        LinkHandshake handshake = handshake(false);
        handshake.receive(challenge(false));

        assertThat(handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM)))
                .isInstanceOf(LinkHandshake.Ignore.class);
        assertThat(handshake.state()).isEqualTo(HandshakeState.FAILED);
    }

    @Test
    void anObservedStateBeforeTheHandshakeEndsHasNoPlaceInIt() {
        LinkHandshake handshake = handshake(false);
        handshake.receive(version(ProtocolVersion.CURRENT, ProtocolVersion.MINIMUM));

        assertThat(handshake.receive(
                        ProtocolMessage.header(MsgHeader.MsgType.ONEWAY, 0, SatelliteCalls.OBSERVED_STATE)))
                .isInstanceOf(LinkHandshake.Unexpected.class);
    }
}

package io.linstorj.protocol;

/** Names of the controller-satellite link's messages ({@code MsgHeader.msg_content}). */
public final class SatelliteCalls {
    /** API_CALL controller → satellite: {@code MsgSatelliteAuth}. */
    public static final String AUTH = "SatelliteAuth";
    /** ANSWER satellite → controller to AUTH: {@code MsgSatelliteChallenge}. */
    public static final String CHALLENGE = "SatelliteChallenge";
    /** API_CALL controller → satellite after the challenge: {@code MsgSatelliteProof}. */
    public static final String PROOF = "SatelliteProof";
    /** ANSWER satellite → controller to PROOF: {@code MsgSatelliteInfo}. */
    public static final String INFO = "SatelliteInfo";
    /** ONEWAY controller → satellite: {@code MsgNodeDesiredState}. */
    public static final String DESIRED_STATE = "NodeDesiredState";
    /** ONEWAY satellite → controller: {@code MsgNodeObservedState}. */
    public static final String OBSERVED_STATE = "NodeObservedState";

    private SatelliteCalls() {}
}

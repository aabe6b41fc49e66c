package io.linstorj.protocol;

/**
 * Names of the client protocol's calls as they appear in {@code MsgHeader.msg_content}
 * (LINSTOR's API names).
 */
public final class ApiCalls {
    private ApiCalls() {}

    public static final String REPLY = "Reply";
    /** ANSWER content of one slice of an answer too large for one frame (see {@link AnswerParts}). */
    public static final String PART = "Part";
    /** ONEWAY content the controller sends instead of its Version when it refuses a connection. */
    public static final String REFUSED = "Refused";

    public static final String LOST_NODE = "LostNode";
    public static final String RESTORE_SNAPSHOT = "RestoreSnapshot";
    public static final String RESTORE_VLM_DFN = "RestoreVlmDfn";
    public static final String ROLLBACK_SNAPSHOT = "RollbackSnapshot";
    public static final String CLONE_RSC_DFN = "CloneRscDfn";
    public static final String CLONE_RSC_DFN_STATUS = "CloneRscDfnStatus";
    public static final String CRT_NODE = "CrtNode";
    public static final String CRT_RSC = "CrtRsc";
    public static final String CRT_RSC_DFN = "CrtRscDfn";
    public static final String CRT_NET_IF = "CrtNetIf";
    public static final String CRT_VLM_DFN = "CrtVlmDfn";
    public static final String CRT_SNAPSHOT = "CrtSnapshot";
    public static final String CRT_STOR_POOL_DFN = "CrtStorPoolDfn";
    public static final String CRT_STOR_POOL = "CrtStorPool";
    public static final String AUTO_PLACE_RSC = "AutoPlaceRsc";
    public static final String CRT_RSC_GRP = "CrtRscGrp";
    public static final String CRT_VLM_GRP = "CrtVlmGrp";
    public static final String SPAWN_RSC_DFN = "SpawnRscDfn";
    public static final String MOD_NODE = "ModNode";
    public static final String MOD_RSC = "ModRsc";
    public static final String TOGGLE_DISK = "ToggleDisk";
    public static final String MOD_RSC_DFN = "ModRscDfn";
    public static final String MOD_NET_IF = "ModNetIf";
    public static final String MOD_STOR_POOL = "ModStorPool";
    public static final String MOD_STOR_POOL_DFN = "ModStorPoolDfn";
    public static final String MOD_VLM_DFN = "ModVlmDfn";
    public static final String MOD_KVS = "ModifyKvs";
    public static final String MOD_RSC_GRP = "ModifyRscGrp";
    public static final String MOD_VLM_GRP = "ModifyVlmGrp";
    public static final String ACTIVATE_RSC = "ActivateRsc";
    public static final String DEACTIVATE_RSC = "DeactivateRsc";
    public static final String DEL_NODE = "DelNode";
    public static final String DEL_RSC = "DelRsc";
    public static final String DEL_RSC_DFN = "DelRscDfn";
    public static final String DEL_NET_IF = "DelNetIf";
    public static final String DEL_VLM_DFN = "DelVlmDfn";
    public static final String DEL_STOR_POOL_DFN = "DelStorPoolDfn";
    public static final String DEL_STOR_POOL = "DelStorPool";
    public static final String DEL_SNAPSHOT = "DelSnapshot";
    public static final String DEL_KVS = "DelKvs";
    public static final String DEL_RSC_GRP = "DelRscGrp";
    public static final String DEL_VLM_GRP = "DelVlmGrp";
    public static final String VERSION = "Version";
    public static final String LST_NODE = "LstNode";
    public static final String LST_RSC = "LstRsc";
    public static final String LST_RSC_DFN = "LstRscDfn";
    public static final String LST_NET_IF = "LstNetIf";
    public static final String LST_VLM_DFN = "LstVlmDfn";
    public static final String LST_VLM = "LstVlm";
    public static final String LST_SNAPSHOT_DFN = "LstSnapshotDfn";
    public static final String LST_STOR_POOL = "LstStorPool";
    public static final String LST_STOR_POOL_DFN = "LstStorPoolDfn";
    public static final String LST_KVS = "LstKvs";
    public static final String LST_RSC_GRP = "LstRscGrp";
    public static final String LST_VLM_GRP = "LstVlmGrp";
    public static final String CRT_WATCH = "CrtWatch";
    public static final String DEL_WATCH = "DelWatch";
    public static final String EVENT = "Event";
    public static final String PING = "Ping";
    public static final String PONG = "Pong";
    public static final String SET_CTRL_PROP = "SetCtrlProp";
    public static final String DEL_CTRL_PROP = "DelCtrlProp";
    public static final String LST_CTRL_PROPS = "LstCtrlProps";
}

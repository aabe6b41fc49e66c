package io.linstorj.common;

/**
 * LINSTOR's return-code masks and codes (names and numbers as in LINSTOR's ApiConsts).
 *
 * <p>A ret code is {@code code | type mask | operation mask | object mask}: creating a node answers
 * {@code MASK_NODE | MASK_CRT | CREATED}. Type masks sit in bits 62-63, operation masks in bits 24-25,
 * object masks in bits 18-22 and codes in bits 0-14.
 */
public final class RetCodes {
    private RetCodes() {}

    public static final long MASK_BITS_TYPE = 0xC000000000000000L;
    public static final long MASK_ERROR = 0xC000000000000000L;
    public static final long MASK_WARN = 0x8000000000000000L;
    public static final long MASK_INFO = 0x4000000000000000L;
    public static final long MASK_SUCCESS = 0x0000000000000000L;
    public static final long MASK_BITS_OP = 0x0000000003000000L;
    public static final long MASK_CRT = 0x0000000001000000L;
    public static final long MASK_MOD = 0x0000000002000000L;
    public static final long MASK_DEL = 0x0000000003000000L;
    public static final long MASK_BITS_OBJ = 0x00000000007C0000L;
    public static final long MASK_SCHEDULE = 0x0000000000540000L;
    public static final long MASK_EXT_FILES = 0x0000000000500000L;
    public static final long MASK_PHYSICAL_DEVICE = 0x00000000004C0000L;
    public static final long MASK_VLM_GRP = 0x0000000000480000L;
    public static final long MASK_RSC_GRP = 0x0000000000440000L;
    public static final long MASK_KVS = 0x0000000000400000L;
    public static final long MASK_NODE = 0x00000000003C0000L;
    public static final long MASK_RSC_DFN = 0x0000000000380000L;
    public static final long MASK_RSC = 0x0000000000340000L;
    public static final long MASK_VLM_DFN = 0x0000000000300000L;
    public static final long MASK_VLM = 0x00000000002C0000L;
    public static final long MASK_NODE_CONN = 0x0000000000280000L;
    public static final long MASK_RSC_CONN = 0x0000000000240000L;
    public static final long MASK_VLM_CONN = 0x0000000000200000L;
    public static final long MASK_NET_IF = 0x00000000001C0000L;
    public static final long MASK_STOR_POOL_DFN = 0x0000000000180000L;
    public static final long MASK_STOR_POOL = 0x0000000000140000L;
    public static final long MASK_CTRL_CONF = 0x0000000000100000L;
    public static final long MASK_SNAPSHOT = 0x00000000000C0000L;
    public static final long MASK_BACKUP = 0x0000000000080000L;
    public static final long MASK_REMOTE = 0x0000000000040000L;
    public static final long MASK_BITS_CODE = 0x0000000000007FFFL;

    public static final long CREATED = 1L | MASK_SUCCESS;
    public static final long DELETED = 2L | MASK_SUCCESS;
    public static final long MODIFIED = 3L | MASK_SUCCESS;
    public static final long FAIL_SQL = 100L | MASK_ERROR;
    public static final long FAIL_SQL_ROLLBACK = 101L | MASK_ERROR;
    public static final long FAIL_INVLD_NODE_NAME = 200L | MASK_ERROR;
    public static final long FAIL_INVLD_NODE_TYPE = 201L | MASK_ERROR;
    public static final long FAIL_INVLD_RSC_NAME = 202L | MASK_ERROR;
    public static final long FAIL_INVLD_RSC_PORT = 203L | MASK_ERROR;
    public static final long FAIL_INVLD_NODE_ID = 204L | MASK_ERROR;
    public static final long FAIL_INVLD_VLM_NR = 205L | MASK_ERROR;
    public static final long FAIL_INVLD_VLM_SIZE = 206L | MASK_ERROR;
    public static final long FAIL_INVLD_MINOR_NR = 207L | MASK_ERROR;
    public static final long FAIL_INVLD_STOR_POOL_NAME = 208L | MASK_ERROR;
    public static final long FAIL_INVLD_NET_NAME = 209L | MASK_ERROR;
    public static final long FAIL_INVLD_NET_ADDR = 210L | MASK_ERROR;
    public static final long FAIL_INVLD_NET_PORT = 211L | MASK_ERROR;
    public static final long FAIL_INVLD_NET_TYPE = 212L | MASK_ERROR;
    public static final long FAIL_INVLD_PROP = 213L | MASK_ERROR;
    public static final long FAIL_INVLD_TRANSPORT_TYPE = 214L | MASK_ERROR;
    public static final long FAIL_INVLD_TCP_PORT = 215L | MASK_ERROR;
    public static final long FAIL_INVLD_CRYPT_PASSPHRASE = 216L | MASK_ERROR;
    public static final long FAIL_INVLD_ENCRYPT_TYPE = 217L | MASK_ERROR;
    public static final long FAIL_INVLD_SNAPSHOT_NAME = 218L | MASK_ERROR;
    public static final long FAIL_INVLD_PLACE_COUNT = 219L | MASK_ERROR;
    public static final long FAIL_INVLD_FREE_SPACE_MGR_NAME = 220L | MASK_ERROR;
    public static final long FAIL_INVLD_STOR_DRIVER = 221L | MASK_ERROR;
    public static final long FAIL_INVLD_DRBD_PROXY_COMPRESSION_TYPE = 222L | MASK_ERROR;
    public static final long FAIL_INVLD_KVS_NAME = 223L | MASK_ERROR;
    public static final long FAIL_INVLD_LAYER_KIND = 224L | MASK_ERROR;
    public static final long FAIL_INVLD_LAYER_STACK = 225L | MASK_ERROR;
    public static final long FAIL_INVLD_EXT_NAME = 226L | MASK_ERROR;
    public static final long FAIL_INVLD_PROVIDER = 227L | MASK_ERROR;
    public static final long FAIL_INVLD_VLM_SIZES = 228L | MASK_ERROR;
    public static final long FAIL_INVLD_VLM_COUNT = 229L | MASK_ERROR;
    public static final long FAIL_INVLD_CONF = 230L | MASK_ERROR;
    public static final long FAIL_INVLD_SNAPSHOT_SHIPPING_SOURCE = 231L | MASK_ERROR;
    public static final long FAIL_INVLD_SNAPSHOT_SHIPPING_TARGET = 232L | MASK_ERROR;
    public static final long FAIL_NODE_HAS_USED_RSC = 233L | MASK_ERROR;
    public static final long FAIL_INVLD_REQUEST = 234L | MASK_ERROR;
    public static final long FAIL_INVLD_EXT_FILE_NAME = 235L | MASK_ERROR;
    public static final long FAIL_INVLD_EXT_FILE = 236L | MASK_ERROR;
    public static final long FAIL_INVLD_RSC_GRP_NAME = 237L | MASK_ERROR;
    public static final long FAIL_INVLD_BACKUP_CONFIG = 238L | MASK_ERROR;
    public static final long FAIL_INVLD_REMOTE_NAME = 239L | MASK_ERROR;
    public static final long FAIL_INVLD_TIME_PARAM = 240L | MASK_ERROR;
    public static final long FAIL_INVLD_SCHEDULE_NAME = 241L | MASK_ERROR;
    public static final long FAIL_INVLD_DB_EXPORT_FILE = 242L | MASK_ERROR;
    public static final long FAIL_INVLD_RSC_STATE = 243L | MASK_ERROR;
    public static final long FAIL_INVLD_BLK_SIZE = 244L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_NODE = 300L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_RSC_DFN = 301L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_RSC = 302L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_VLM_DFN = 303L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_VLM = 304L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_NET_IF = 305L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_NODE_CONN = 306L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_RSC_CONN = 307L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_VLM_CONN = 308L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_STOR_POOL_DFN = 309L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_STOR_POOL = 310L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_DFLT_STOR_POOL = 311L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_CRYPT_KEY = 312L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_SNAPSHOT_DFN = 313L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_SNAPSHOT_VLM_DFN = 314L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_SNAPSHOT = 315L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_KVS = 316L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_RSC_GRP = 317L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_VLM_GRP = 318L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_EXOS_ENCLOSURE = 319L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_EXT_FILE = 320L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_REMOTE = 321L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_BACKUP = 322L | MASK_ERROR;
    public static final long FAIL_NOT_FOUND_SCHEDULE = 323L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_NODE = 400L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_RSC_DFN = 401L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_RSC = 402L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_VLM_DFN = 403L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_VLM = 404L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_STOR_POOL_DFN = 405L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_STOR_POOL = 406L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_NODE_CONN = 407L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_RSC_CONN = 408L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_VLM_CONN = 409L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_STLT_CONN = 410L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_CTRL_CFG = 411L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_COMMAND = 412L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_WATCH = 413L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_SNAPSHOT_DFN = 414L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_SNAPSHOT = 415L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_SNAPSHOT_VLM_DFN = 416L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_FREE_SPACE_MGR = 417L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_KVS = 418L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_RSC_GRP = 419L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_VLM_GRP = 420L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_SNAP_DFN = 421L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_EXT_FILE = 422L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_REMOTE = 423L | MASK_ERROR;
    public static final long FAIL_ACC_DENIED_SCHEDULE = 424L | MASK_ERROR;
    public static final long FAIL_EXISTS_NODE = 500L | MASK_ERROR;
    public static final long FAIL_EXISTS_RSC_DFN = 501L | MASK_ERROR;
    public static final long FAIL_EXISTS_RSC = 502L | MASK_ERROR;
    public static final long FAIL_EXISTS_VLM_DFN = 503L | MASK_ERROR;
    public static final long FAIL_EXISTS_VLM = 504L | MASK_ERROR;
    public static final long FAIL_EXISTS_NET_IF = 505L | MASK_ERROR;
    public static final long FAIL_EXISTS_NODE_CONN = 506L | MASK_ERROR;
    public static final long FAIL_EXISTS_RSC_CONN = 507L | MASK_ERROR;
    public static final long FAIL_EXISTS_VLM_CONN = 508L | MASK_ERROR;
    public static final long FAIL_EXISTS_STOR_POOL_DFN = 509L | MASK_ERROR;
    public static final long FAIL_EXISTS_STOR_POOL = 510L | MASK_ERROR;
    public static final long FAIL_EXISTS_STLT_CONN = 511L | MASK_ERROR;
    public static final long FAIL_EXISTS_CRYPT_PASSPHRASE = 512L | MASK_ERROR;
    public static final long FAIL_EXISTS_WATCH = 513L | MASK_ERROR;
    public static final long FAIL_EXISTS_SNAPSHOT_DFN = 514L | MASK_ERROR;
    public static final long FAIL_EXISTS_SNAPSHOT = 516L | MASK_ERROR;
    public static final long FAIL_EXISTS_EXT_NAME = 517L | MASK_ERROR;
    public static final long FAIL_EXISTS_NVME_TARGET_PER_RSC_DFN = 518L | MASK_ERROR;
    public static final long FAIL_EXISTS_NVME_INITIATOR_PER_RSC_DFN = 519L | MASK_ERROR;
    public static final long FAIL_LOST_STOR_POOL = 521L | MASK_ERROR;
    public static final long FAIL_EXISTS_RSC_GRP = 522L | MASK_ERROR;
    public static final long FAIL_EXISTS_VLM_GRP = 523L | MASK_ERROR;
    public static final long FAIL_EXISTS_SNAPSHOT_SHIPPING = 525L | MASK_ERROR;
    public static final long FAIL_EXISTS_EXOS_ENCLOSURE = 526L | MASK_ERROR;
    public static final long FAIL_EXISTS_REMOTE = 527L | MASK_ERROR;
    public static final long FAIL_EXISTS_SCHEDULE = 528L | MASK_ERROR;
    public static final long FAIL_MISSING_PROPS = 600L | MASK_ERROR;
    public static final long FAIL_MISSING_PROPS_NETCOM_TYPE = 601L | MASK_ERROR;
    public static final long FAIL_MISSING_PROPS_NETCOM_PORT = 602L | MASK_ERROR;
    public static final long FAIL_MISSING_NETCOM = 603L | MASK_ERROR;
    public static final long FAIL_MISSING_PROPS_NETIF_NAME = 604L | MASK_ERROR;
    public static final long FAIL_MISSING_STLT_CONN = 605L | MASK_ERROR;
    public static final long FAIL_MISSING_EXT_NAME = 606L | MASK_ERROR;
    public static final long FAIL_MISSING_NVME_TARGET = 608L | MASK_ERROR;
    public static final long FAIL_NO_STLT_CONN_DEFINED = 609L | MASK_ERROR;
    public static final long FAIL_MISSING_EBS_TARGET = 611L | MASK_ERROR;
    public static final long FAIL_UUID_NODE = 700L | MASK_ERROR;
    public static final long FAIL_UUID_RSC_DFN = 701L | MASK_ERROR;
    public static final long FAIL_UUID_RSC = 702L | MASK_ERROR;
    public static final long FAIL_UUID_VLM_DFN = 703L | MASK_ERROR;
    public static final long FAIL_UUID_VLM = 704L | MASK_ERROR;
    public static final long FAIL_UUID_NET_IF = 705L | MASK_ERROR;
    public static final long FAIL_UUID_NODE_CONN = 706L | MASK_ERROR;
    public static final long FAIL_UUID_RSC_CONN = 707L | MASK_ERROR;
    public static final long FAIL_UUID_VLM_CONN = 708L | MASK_ERROR;
    public static final long FAIL_UUID_STOR_POOL_DFN = 709L | MASK_ERROR;
    public static final long FAIL_UUID_STOR_POOL = 710L | MASK_ERROR;
    public static final long FAIL_UUID_KVS = 711L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_VLM_NR = 800L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_MINOR_NR = 801L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_TCP_PORT = 802L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_NODE_ID = 803L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_RSC_LAYER_ID = 804L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_SPECIAL_SATELLTE_TCP_PORT = 805L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_SNAPSHOT_SHIPPING_TCP_PORT = 806L | MASK_ERROR;
    public static final long FAIL_POOL_EXHAUSTED_BACKUP_SHIPPING_TCP_PORT = 807L | MASK_ERROR;
    public static final long FAIL_SNAPSHOT_ROLLBACK_IN_PROGRESS = 971L | MASK_ERROR;
    public static final long FAIL_SP_MIXING_NOT_ALLOWED = 972L | MASK_ERROR;
    public static final long FAIL_EBS_COOLDOWN = 973L | MASK_ERROR;
    public static final long FAIL_NOT_ALL_UPTODATE = 974L | MASK_ERROR;
    public static final long FAIL_EVACUATING = 975L | MASK_ERROR;
    public static final long FAIL_BACKUP_UNKNOWN_CLUSTER = 976L | MASK_ERROR;
    public static final long FAIL_DEPENDEND_BACKUP = 977L | MASK_ERROR;
    public static final long FAIL_BACKUP_INCOMPATIBLE_VERSION = 978L | MASK_ERROR;
    public static final long FAIL_SNAPSHOT_NOT_UPTODATE = 979L | MASK_ERROR;
    public static final long FAIL_NOT_ENOUGH_FREE_SPACE = 980L | MASK_ERROR;
    public static final long FAIL_ONLY_ONE_ACT_RSC_PER_SHARED_STOR_POOL_ALLOWED = 981L | MASK_ERROR;
    public static final long FAIL_CRYPT_INIT = 982L | MASK_ERROR;
    public static final long FAIL_SNAPSHOT_SHIPPING_NOT_SUPPORTED = 983L | MASK_ERROR;
    public static final long FAIL_SNAPSHOT_SHIPPING_IN_PROGRESS = 984L | MASK_ERROR;
    public static final long FAIL_UNDECIDABLE_AUTOPLACMENT = 985L | MASK_ERROR;
    public static final long FAIL_PRE_SELECT_SCRIPT_DID_NOT_TERMINATE = 986L | MASK_ERROR;
    public static final long FAIL_LINSTOR_MANAGED_SATELLITE_DID_NOT_START_PROPERLY = 987L | MASK_ERROR;
    public static final long FAIL_STLT_DOES_NOT_SUPPORT_LAYER = 988L | MASK_ERROR;
    public static final long FAIL_STLT_DOES_NOT_SUPPORT_PROVIDER = 989L | MASK_ERROR;
    public static final long FAIL_STOR_POOL_CONFIGURATION_ERROR = 990L | MASK_ERROR;
    public static final long FAIL_INSUFFICIENT_REPLICA_COUNT = 991L | MASK_ERROR;
    public static final long FAIL_RSC_BUSY = 992L | MASK_ERROR;
    public static final long FAIL_INSUFFICIENT_PEER_SLOTS = 993L | MASK_ERROR;
    public static final long FAIL_SNAPSHOTS_NOT_SUPPORTED = 994L | MASK_ERROR;
    public static final long FAIL_NOT_CONNECTED = 995L | MASK_ERROR;
    public static final long FAIL_NOT_ENOUGH_NODES = 996L | MASK_ERROR;
    public static final long FAIL_IN_USE = 997L | MASK_ERROR;
    public static final long FAIL_UNKNOWN_ERROR = 998L | MASK_ERROR;
    public static final long FAIL_IMPL_ERROR = 999L | MASK_ERROR;
    public static final long WARN_INVLD_OPT_PROP_NETCOM_ENABLED = 1001L | MASK_WARN;
    public static final long WARN_NOT_CONNECTED = 1002L | MASK_WARN;
    public static final long WARN_STLT_NOT_UPDATED = 1003L | MASK_WARN;
    public static final long WARN_NO_STLT_CONN_DEFINED = 1004L | MASK_WARN;
    public static final long WARN_DEL_UNSET_PROP = 1005L | MASK_WARN;
    public static final long WARN_RSC_ALREADY_DEPLOYED = 1006L | MASK_WARN;
    public static final long WARN_RSC_ALREADY_HAS_DISK = 1007L | MASK_WARN;
    public static final long WARN_RSC_ALREADY_DISKLESS = 1008L | MASK_WARN;
    public static final long WARN_ALL_DISKLESS = 1009L | MASK_WARN;
    public static final long WARN_STORAGE_ERROR = 1010L | MASK_WARN;
    public static final long WARN_NOT_FOUND_CRYPT_KEY = 1011L | MASK_WARN;
    public static final long WARN_STORAGE_KIND_ADDED = 1012L | MASK_WARN;
    public static final long WARN_NOT_ENOUGH_NODES_FOR_TIE_BREAKER = 1013L | MASK_WARN;
    public static final long WARN_MIXED_PMEM_AND_NON_PMEM = 1014L | MASK_WARN;
    public static final long WARN_UNEFFECTIVE_PROP = 1015L | MASK_WARN;
    public static final long WARN_INVLD_SNAPSHOT_SHIPPING_PREFIX = 1016L | MASK_WARN;
    public static final long WARN_NODE_EVICTED = 1017L | MASK_WARN;
    public static final long WARN_RSC_DEACTIVATED = 1018L | MASK_WARN;
    public static final long WARN_BACKUP_DL_ONLY = 1019L | MASK_WARN;
    public static final long WARN_NOT_EVACUATING = 1020L | MASK_WARN;
    public static final long WARN_INVLD_CONF = 1021L | MASK_WARN;
    public static final long WARN_STORPOOL_RENAME_NOT_ALLOWED = 1022L | MASK_WARN;
    public static final long WARN_VLMDFN_RESIZE_SAME_SIZE = 1023L | MASK_WARN;
    public static final long WARN_CORRUPT_CRYPT_KEY = 1024L | MASK_WARN;
    public static final long WARN_NOT_FOUND = 3000L | MASK_WARN;
    public static final long WARN_NO_EFFECT = 3001L | MASK_WARN;
    public static final long WARN_DEPRECATED = 4000L | MASK_WARN;
    public static final long INFO_NO_RSC_SPAWNED = 10000L | MASK_INFO;
    public static final long INFO_NODE_NAME_MISMATCH = 10001L | MASK_INFO;
    public static final long INFO_PROP_SET = 10002L | MASK_INFO;
    public static final long INFO_TIE_BREAKER_CREATED = 10003L | MASK_INFO;
    public static final long INFO_TIE_BREAKER_DELETING = 10004L | MASK_INFO;
    public static final long INFO_TIE_BREAKER_TAKEOVER = 10006L | MASK_INFO;
    public static final long INFO_PROP_REMOVED = 10005L | MASK_INFO;
    public static final long INFO_AUTO_DRBD_PROXY_CREATED = 10007L | MASK_INFO;
    public static final long INFO_NOOP = 10007L | MASK_INFO;
    public static final long INFO_RSC_ALREADY_EXISTS = 10008L | MASK_INFO;
    public static final long INFO_ABORTED_FAILED_SNAPSHOT_ROLLBACK = 10009L | MASK_INFO;
    public static final long INFO_RECOVERING_FAILED_SNAPSHOT_ROLLBACK = 10010L | MASK_INFO;
    public static final long UNKNOWN_API_CALL = 0x0FFFFFFFFFFFFFFFL | MASK_ERROR;
    public static final long API_CALL_PARSE_ERROR = 0x0FFFFFFFFFFFFFFDL | MASK_ERROR;
    public static final long API_CALL_AUTH_REQ = 0x0FFFFFFFFFFFFFFEL | MASK_ERROR;
    public static final long FAIL_SIGN_IN = 10000L | MASK_ERROR;
    public static final long FAIL_SIGN_IN_MISSING_CREDENTIALS = 10001L | MASK_ERROR;

    /** True when {@code retCode} carries the error type mask. */
    public static boolean isError(long retCode) {
        return (retCode & MASK_BITS_TYPE) == MASK_ERROR;
    }

    /** True when {@code retCode} carries the warning type mask (and not the error mask). */
    public static boolean isWarning(long retCode) {
        return (retCode & MASK_BITS_TYPE) == MASK_WARN;
    }

    /** True when {@code retCode} carries the info type mask. */
    public static boolean isInfo(long retCode) {
        return (retCode & MASK_BITS_TYPE) == MASK_INFO;
    }

    /** True when {@code retCode} carries no type mask: a success. */
    public static boolean isSuccess(long retCode) {
        return (retCode & MASK_BITS_TYPE) == MASK_SUCCESS;
    }
}

package io.linstorj.client;

import io.linstorj.common.RetCodes;

/**
 * Constants of the LINSTOR API with LINSTOR's names and values: node types, event names and
 * actions, provider kinds, flags, property keys, default ports, and the ret-code masks and codes
 * that {@link ApiCallResponse} carries.
 *
 * <p>The ret codes are those of {@code io.linstorj.common.RetCodes} (LINSTOR's ApiConsts), repeated
 * here so that users of the API need only this class: {@code reply.isError(Consts.FAIL_EXISTS_NODE)}.
 */
public final class Consts {
    private Consts() {}

    // --- node types (what nodeCreate takes) ---

    /** Node type of a satellite: a storage node. */
    public static final String VAL_NODE_TYPE_STLT = "Satellite";
    /** Node type of a controller. */
    public static final String VAL_NODE_TYPE_CTRL = "Controller";
    /** Node type of a node that is controller and satellite at once. */
    public static final String VAL_NODE_TYPE_CMBD = "Combined";
    /** Node type of an auxiliary node: known to the cluster, without a satellite. */
    public static final String VAL_NODE_TYPE_AUX = "Auxiliary";

    // --- events of watches ---

    /** Event name: the disk state of a volume changed ({@code UpToDate}, {@code Diskless}, ...). */
    public static final String EVENT_VOLUME_DISK_STATE = "VlmDiskState";
    /** Event name: the state of a resource (ready, in use) changed. */
    public static final String EVENT_RESOURCE_STATE = "ResourceState";
    /**
     * Event name: how the taking of a snapshot on all its nodes stands (LinstorJ's controller;
     * delivered to watches whose filter names a snapshot). Its stream has no node name.
     */
    public static final String EVENT_SNAPSHOT_DEPLOYMENT = "SnapshotDeployment";
    /** Event action: the stream of an object opened; carries the current value. */
    public static final String EVENT_STREAM_OPEN = "Open";
    /** Event action: a new value of the object. */
    public static final String EVENT_STREAM_VALUE = "Value";
    /** Event action: the stream closed because the satellite's connection was lost. */
    public static final String EVENT_STREAM_CLOSE_NO_CONNECTION = "CloseNoConnection";
    /** Event action: the stream closed because the object was deleted. */
    public static final String EVENT_STREAM_CLOSE_REMOVED = "CloseRemoved";
    /**
     * Event action of LinstorJ's controller (not LINSTOR's): the controller ended the watch because
     * this client did not take its events fast enough. No data follows; the watch fails with a
     * {@link LinstorError} naming it, and is not delivered to the event handler. With watch id 0
     * it ends every watch of the connection.
     */
    public static final String EVENT_STREAM_OVERFLOW = "Overflow";

    // --- storage pool provider kinds ---

    /** Provider kind of a pool without storage (diskless resources). */
    public static final String PROVIDER_KIND_DISKLESS = "DISKLESS";
    /** Provider kind of thick LVM logical volumes; the provider pool is the volume group. */
    public static final String PROVIDER_KIND_LVM = "LVM";
    /** Provider kind of thin LVM volumes; the provider pool is {@code volumegroup/thinpool}. */
    public static final String PROVIDER_KIND_LVM_THIN = "LVM_THIN";
    /** Provider kind of ZFS volumes; the provider pool is the zpool. */
    public static final String PROVIDER_KIND_ZFS = "ZFS";
    /** Provider kind of sparse ZFS volumes; the provider pool is the zpool. */
    public static final String PROVIDER_KIND_ZFS_THIN = "ZFS_THIN";
    /** Provider kind of preallocated files; the provider pool is the directory. */
    public static final String PROVIDER_KIND_FILE = "FILE";
    /** Provider kind of sparse files; the provider pool is the directory. */
    public static final String PROVIDER_KIND_FILE_THIN = "FILE_THIN";

    // --- flags ---

    /** Flag of a resource without local storage. */
    public static final String FLAG_DISKLESS = "DISKLESS";
    /** Flag of a resource that is a diskless DRBD client. */
    public static final String FLAG_DRBD_DISKLESS = "DRBD_DISKLESS";
    /** Flag of a diskless resource the controller added as DRBD quorum tie breaker. */
    public static final String FLAG_TIE_BREAKER = "TIE_BREAKER";
    /** Flag of an object that is being deleted. */
    public static final String FLAG_DELETE = "DELETE";

    // --- property keys and names ---

    /** Namespace of a storage pool's provider settings. */
    public static final String NAMESPC_STORAGE_DRIVER = "StorDriver";
    /** Key of a pool name, e.g. within {@link #NAMESPC_STORAGE_DRIVER}, or a node's default pool. */
    public static final String KEY_STOR_POOL_NAME = "StorPoolName";
    /**
     * Key of the provider's pool of a storage pool ({@code StorDriver/StorPoolName}): the volume
     * group for LVM, {@code vg/thinpool} for LVM_THIN, the zpool for ZFS, the directory for FILE.
     */
    public static final String KEY_STOR_DRIVER_STOR_POOL_NAME = NAMESPC_STORAGE_DRIVER + "/" + KEY_STOR_POOL_NAME;
    /** Namespace of the DRBD options of an object ({@code DrbdOptions}). */
    public static final String NAMESPC_DRBD_OPTIONS = "DrbdOptions";
    /** Namespace of DRBD's net options ({@code DrbdOptions/Net}). */
    public static final String NAMESPC_DRBD_NET_OPTIONS = NAMESPC_DRBD_OPTIONS + "/Net";
    /**
     * Key of DRBD's dual-primary option on a resource definition
     * ({@code DrbdOptions/Net/allow-two-primaries}, value {@code yes} or {@code no}).
     */
    public static final String KEY_DRBD_ALLOW_TWO_PRIMARIES = NAMESPC_DRBD_NET_OPTIONS + "/allow-two-primaries";
    /** Name of a node's default net interface. */
    public static final String DEFAULT_NETIF = "default";
    /** Name of the storage pool a resource uses when none is given. */
    public static final String DEFAULT_STOR_POOL_NAME = "DfltStorPool";

    // --- default ports ---

    /** Port of the controller's client protocol ({@code linstor://}). */
    public static final int DFLT_CLIENT_PORT_PLAIN = 3376;
    /** Port of the controller's client protocol over TLS ({@code linstor+ssl://}). */
    public static final int DFLT_CLIENT_PORT_SSL = 3377;
    /** Port of the controller's REST API (LINSTOR's DFLT_CTRL_PORT_PLAIN). */
    public static final int DFLT_CTRL_PORT_PLAIN = 3370;
    /** Port of the controller's REST API over HTTPS (LINSTOR's DFLT_CTRL_PORT_SSL). */
    public static final int DFLT_CTRL_PORT_SSL = 3371;
    /** Port a satellite listens on for its controller. */
    public static final int DFLT_STLT_PORT_PLAIN = 3366;
    /** Port a satellite listens on for its controller over TLS. */
    public static final int DFLT_STLT_PORT_SSL = 3367;

    // --- ret-code masks: type (bits 62-63), operation (24-25), object (18-22), code (0-14) ---

    public static final long MASK_BITS_TYPE = RetCodes.MASK_BITS_TYPE;
    public static final long MASK_ERROR = RetCodes.MASK_ERROR;
    public static final long MASK_WARN = RetCodes.MASK_WARN;
    public static final long MASK_INFO = RetCodes.MASK_INFO;
    public static final long MASK_SUCCESS = RetCodes.MASK_SUCCESS;
    public static final long MASK_BITS_OP = RetCodes.MASK_BITS_OP;
    public static final long MASK_CRT = RetCodes.MASK_CRT;
    public static final long MASK_MOD = RetCodes.MASK_MOD;
    public static final long MASK_DEL = RetCodes.MASK_DEL;
    public static final long MASK_BITS_OBJ = RetCodes.MASK_BITS_OBJ;
    public static final long MASK_SCHEDULE = RetCodes.MASK_SCHEDULE;
    public static final long MASK_EXT_FILES = RetCodes.MASK_EXT_FILES;
    public static final long MASK_PHYSICAL_DEVICE = RetCodes.MASK_PHYSICAL_DEVICE;
    public static final long MASK_VLM_GRP = RetCodes.MASK_VLM_GRP;
    public static final long MASK_RSC_GRP = RetCodes.MASK_RSC_GRP;
    public static final long MASK_KVS = RetCodes.MASK_KVS;
    public static final long MASK_NODE = RetCodes.MASK_NODE;
    public static final long MASK_RSC_DFN = RetCodes.MASK_RSC_DFN;
    public static final long MASK_RSC = RetCodes.MASK_RSC;
    public static final long MASK_VLM_DFN = RetCodes.MASK_VLM_DFN;
    public static final long MASK_VLM = RetCodes.MASK_VLM;
    public static final long MASK_NODE_CONN = RetCodes.MASK_NODE_CONN;
    public static final long MASK_RSC_CONN = RetCodes.MASK_RSC_CONN;
    public static final long MASK_VLM_CONN = RetCodes.MASK_VLM_CONN;
    public static final long MASK_NET_IF = RetCodes.MASK_NET_IF;
    public static final long MASK_STOR_POOL_DFN = RetCodes.MASK_STOR_POOL_DFN;
    public static final long MASK_STOR_POOL = RetCodes.MASK_STOR_POOL;
    public static final long MASK_CTRL_CONF = RetCodes.MASK_CTRL_CONF;
    public static final long MASK_SNAPSHOT = RetCodes.MASK_SNAPSHOT;
    public static final long MASK_BACKUP = RetCodes.MASK_BACKUP;
    public static final long MASK_REMOTE = RetCodes.MASK_REMOTE;
    public static final long MASK_BITS_CODE = RetCodes.MASK_BITS_CODE;

    // --- ret codes (each carries its type mask; OR in operation and object masks) ---

    public static final long CREATED = RetCodes.CREATED;
    public static final long DELETED = RetCodes.DELETED;
    public static final long MODIFIED = RetCodes.MODIFIED;
    public static final long FAIL_SQL = RetCodes.FAIL_SQL;
    public static final long FAIL_SQL_ROLLBACK = RetCodes.FAIL_SQL_ROLLBACK;
    public static final long FAIL_INVLD_NODE_NAME = RetCodes.FAIL_INVLD_NODE_NAME;
    public static final long FAIL_INVLD_NODE_TYPE = RetCodes.FAIL_INVLD_NODE_TYPE;
    public static final long FAIL_INVLD_RSC_NAME = RetCodes.FAIL_INVLD_RSC_NAME;
    public static final long FAIL_INVLD_RSC_PORT = RetCodes.FAIL_INVLD_RSC_PORT;
    public static final long FAIL_INVLD_NODE_ID = RetCodes.FAIL_INVLD_NODE_ID;
    public static final long FAIL_INVLD_VLM_NR = RetCodes.FAIL_INVLD_VLM_NR;
    public static final long FAIL_INVLD_VLM_SIZE = RetCodes.FAIL_INVLD_VLM_SIZE;
    public static final long FAIL_INVLD_MINOR_NR = RetCodes.FAIL_INVLD_MINOR_NR;
    public static final long FAIL_INVLD_STOR_POOL_NAME = RetCodes.FAIL_INVLD_STOR_POOL_NAME;
    public static final long FAIL_INVLD_NET_NAME = RetCodes.FAIL_INVLD_NET_NAME;
    public static final long FAIL_INVLD_NET_ADDR = RetCodes.FAIL_INVLD_NET_ADDR;
    public static final long FAIL_INVLD_NET_PORT = RetCodes.FAIL_INVLD_NET_PORT;
    public static final long FAIL_INVLD_NET_TYPE = RetCodes.FAIL_INVLD_NET_TYPE;
    public static final long FAIL_INVLD_PROP = RetCodes.FAIL_INVLD_PROP;
    public static final long FAIL_INVLD_TRANSPORT_TYPE = RetCodes.FAIL_INVLD_TRANSPORT_TYPE;
    public static final long FAIL_INVLD_TCP_PORT = RetCodes.FAIL_INVLD_TCP_PORT;
    public static final long FAIL_INVLD_CRYPT_PASSPHRASE = RetCodes.FAIL_INVLD_CRYPT_PASSPHRASE;
    public static final long FAIL_INVLD_ENCRYPT_TYPE = RetCodes.FAIL_INVLD_ENCRYPT_TYPE;
    public static final long FAIL_INVLD_SNAPSHOT_NAME = RetCodes.FAIL_INVLD_SNAPSHOT_NAME;
    public static final long FAIL_INVLD_PLACE_COUNT = RetCodes.FAIL_INVLD_PLACE_COUNT;
    public static final long FAIL_INVLD_FREE_SPACE_MGR_NAME = RetCodes.FAIL_INVLD_FREE_SPACE_MGR_NAME;
    public static final long FAIL_INVLD_STOR_DRIVER = RetCodes.FAIL_INVLD_STOR_DRIVER;
    public static final long FAIL_INVLD_DRBD_PROXY_COMPRESSION_TYPE = RetCodes.FAIL_INVLD_DRBD_PROXY_COMPRESSION_TYPE;
    public static final long FAIL_INVLD_KVS_NAME = RetCodes.FAIL_INVLD_KVS_NAME;
    public static final long FAIL_INVLD_LAYER_KIND = RetCodes.FAIL_INVLD_LAYER_KIND;
    public static final long FAIL_INVLD_LAYER_STACK = RetCodes.FAIL_INVLD_LAYER_STACK;
    public static final long FAIL_INVLD_EXT_NAME = RetCodes.FAIL_INVLD_EXT_NAME;
    public static final long FAIL_INVLD_PROVIDER = RetCodes.FAIL_INVLD_PROVIDER;
    public static final long FAIL_INVLD_VLM_SIZES = RetCodes.FAIL_INVLD_VLM_SIZES;
    public static final long FAIL_INVLD_VLM_COUNT = RetCodes.FAIL_INVLD_VLM_COUNT;
    public static final long FAIL_INVLD_CONF = RetCodes.FAIL_INVLD_CONF;
    public static final long FAIL_INVLD_SNAPSHOT_SHIPPING_SOURCE = RetCodes.FAIL_INVLD_SNAPSHOT_SHIPPING_SOURCE;
    public static final long FAIL_INVLD_SNAPSHOT_SHIPPING_TARGET = RetCodes.FAIL_INVLD_SNAPSHOT_SHIPPING_TARGET;
    public static final long FAIL_NODE_HAS_USED_RSC = RetCodes.FAIL_NODE_HAS_USED_RSC;
    public static final long FAIL_INVLD_REQUEST = RetCodes.FAIL_INVLD_REQUEST;
    public static final long FAIL_INVLD_EXT_FILE_NAME = RetCodes.FAIL_INVLD_EXT_FILE_NAME;
    public static final long FAIL_INVLD_EXT_FILE = RetCodes.FAIL_INVLD_EXT_FILE;
    public static final long FAIL_INVLD_RSC_GRP_NAME = RetCodes.FAIL_INVLD_RSC_GRP_NAME;
    public static final long FAIL_INVLD_BACKUP_CONFIG = RetCodes.FAIL_INVLD_BACKUP_CONFIG;
    public static final long FAIL_INVLD_REMOTE_NAME = RetCodes.FAIL_INVLD_REMOTE_NAME;
    public static final long FAIL_INVLD_TIME_PARAM = RetCodes.FAIL_INVLD_TIME_PARAM;
    public static final long FAIL_INVLD_SCHEDULE_NAME = RetCodes.FAIL_INVLD_SCHEDULE_NAME;
    public static final long FAIL_INVLD_DB_EXPORT_FILE = RetCodes.FAIL_INVLD_DB_EXPORT_FILE;
    public static final long FAIL_INVLD_RSC_STATE = RetCodes.FAIL_INVLD_RSC_STATE;
    public static final long FAIL_INVLD_BLK_SIZE = RetCodes.FAIL_INVLD_BLK_SIZE;
    public static final long FAIL_NOT_FOUND_NODE = RetCodes.FAIL_NOT_FOUND_NODE;
    public static final long FAIL_NOT_FOUND_RSC_DFN = RetCodes.FAIL_NOT_FOUND_RSC_DFN;
    public static final long FAIL_NOT_FOUND_RSC = RetCodes.FAIL_NOT_FOUND_RSC;
    public static final long FAIL_NOT_FOUND_VLM_DFN = RetCodes.FAIL_NOT_FOUND_VLM_DFN;
    public static final long FAIL_NOT_FOUND_VLM = RetCodes.FAIL_NOT_FOUND_VLM;
    public static final long FAIL_NOT_FOUND_NET_IF = RetCodes.FAIL_NOT_FOUND_NET_IF;
    public static final long FAIL_NOT_FOUND_NODE_CONN = RetCodes.FAIL_NOT_FOUND_NODE_CONN;
    public static final long FAIL_NOT_FOUND_RSC_CONN = RetCodes.FAIL_NOT_FOUND_RSC_CONN;
    public static final long FAIL_NOT_FOUND_VLM_CONN = RetCodes.FAIL_NOT_FOUND_VLM_CONN;
    public static final long FAIL_NOT_FOUND_STOR_POOL_DFN = RetCodes.FAIL_NOT_FOUND_STOR_POOL_DFN;
    public static final long FAIL_NOT_FOUND_STOR_POOL = RetCodes.FAIL_NOT_FOUND_STOR_POOL;
    public static final long FAIL_NOT_FOUND_DFLT_STOR_POOL = RetCodes.FAIL_NOT_FOUND_DFLT_STOR_POOL;
    public static final long FAIL_NOT_FOUND_CRYPT_KEY = RetCodes.FAIL_NOT_FOUND_CRYPT_KEY;
    public static final long FAIL_NOT_FOUND_SNAPSHOT_DFN = RetCodes.FAIL_NOT_FOUND_SNAPSHOT_DFN;
    public static final long FAIL_NOT_FOUND_SNAPSHOT_VLM_DFN = RetCodes.FAIL_NOT_FOUND_SNAPSHOT_VLM_DFN;
    public static final long FAIL_NOT_FOUND_SNAPSHOT = RetCodes.FAIL_NOT_FOUND_SNAPSHOT;
    public static final long FAIL_NOT_FOUND_KVS = RetCodes.FAIL_NOT_FOUND_KVS;
    public static final long FAIL_NOT_FOUND_RSC_GRP = RetCodes.FAIL_NOT_FOUND_RSC_GRP;
    public static final long FAIL_NOT_FOUND_VLM_GRP = RetCodes.FAIL_NOT_FOUND_VLM_GRP;
    public static final long FAIL_NOT_FOUND_EXOS_ENCLOSURE = RetCodes.FAIL_NOT_FOUND_EXOS_ENCLOSURE;
    public static final long FAIL_NOT_FOUND_EXT_FILE = RetCodes.FAIL_NOT_FOUND_EXT_FILE;
    public static final long FAIL_NOT_FOUND_REMOTE = RetCodes.FAIL_NOT_FOUND_REMOTE;
    public static final long FAIL_NOT_FOUND_BACKUP = RetCodes.FAIL_NOT_FOUND_BACKUP;
    public static final long FAIL_NOT_FOUND_SCHEDULE = RetCodes.FAIL_NOT_FOUND_SCHEDULE;
    public static final long FAIL_ACC_DENIED_NODE = RetCodes.FAIL_ACC_DENIED_NODE;
    public static final long FAIL_ACC_DENIED_RSC_DFN = RetCodes.FAIL_ACC_DENIED_RSC_DFN;
    public static final long FAIL_ACC_DENIED_RSC = RetCodes.FAIL_ACC_DENIED_RSC;
    public static final long FAIL_ACC_DENIED_VLM_DFN = RetCodes.FAIL_ACC_DENIED_VLM_DFN;
    public static final long FAIL_ACC_DENIED_VLM = RetCodes.FAIL_ACC_DENIED_VLM;
    public static final long FAIL_ACC_DENIED_STOR_POOL_DFN = RetCodes.FAIL_ACC_DENIED_STOR_POOL_DFN;
    public static final long FAIL_ACC_DENIED_STOR_POOL = RetCodes.FAIL_ACC_DENIED_STOR_POOL;
    public static final long FAIL_ACC_DENIED_NODE_CONN = RetCodes.FAIL_ACC_DENIED_NODE_CONN;
    public static final long FAIL_ACC_DENIED_RSC_CONN = RetCodes.FAIL_ACC_DENIED_RSC_CONN;
    public static final long FAIL_ACC_DENIED_VLM_CONN = RetCodes.FAIL_ACC_DENIED_VLM_CONN;
    public static final long FAIL_ACC_DENIED_STLT_CONN = RetCodes.FAIL_ACC_DENIED_STLT_CONN;
    public static final long FAIL_ACC_DENIED_CTRL_CFG = RetCodes.FAIL_ACC_DENIED_CTRL_CFG;
    public static final long FAIL_ACC_DENIED_COMMAND = RetCodes.FAIL_ACC_DENIED_COMMAND;
    public static final long FAIL_ACC_DENIED_WATCH = RetCodes.FAIL_ACC_DENIED_WATCH;
    public static final long FAIL_ACC_DENIED_SNAPSHOT_DFN = RetCodes.FAIL_ACC_DENIED_SNAPSHOT_DFN;
    public static final long FAIL_ACC_DENIED_SNAPSHOT = RetCodes.FAIL_ACC_DENIED_SNAPSHOT;
    public static final long FAIL_ACC_DENIED_SNAPSHOT_VLM_DFN = RetCodes.FAIL_ACC_DENIED_SNAPSHOT_VLM_DFN;
    public static final long FAIL_ACC_DENIED_FREE_SPACE_MGR = RetCodes.FAIL_ACC_DENIED_FREE_SPACE_MGR;
    public static final long FAIL_ACC_DENIED_KVS = RetCodes.FAIL_ACC_DENIED_KVS;
    public static final long FAIL_ACC_DENIED_RSC_GRP = RetCodes.FAIL_ACC_DENIED_RSC_GRP;
    public static final long FAIL_ACC_DENIED_VLM_GRP = RetCodes.FAIL_ACC_DENIED_VLM_GRP;
    public static final long FAIL_ACC_DENIED_SNAP_DFN = RetCodes.FAIL_ACC_DENIED_SNAP_DFN;
    public static final long FAIL_ACC_DENIED_EXT_FILE = RetCodes.FAIL_ACC_DENIED_EXT_FILE;
    public static final long FAIL_ACC_DENIED_REMOTE = RetCodes.FAIL_ACC_DENIED_REMOTE;
    public static final long FAIL_ACC_DENIED_SCHEDULE = RetCodes.FAIL_ACC_DENIED_SCHEDULE;
    public static final long FAIL_EXISTS_NODE = RetCodes.FAIL_EXISTS_NODE;
    public static final long FAIL_EXISTS_RSC_DFN = RetCodes.FAIL_EXISTS_RSC_DFN;
    public static final long FAIL_EXISTS_RSC = RetCodes.FAIL_EXISTS_RSC;
    public static final long FAIL_EXISTS_VLM_DFN = RetCodes.FAIL_EXISTS_VLM_DFN;
    public static final long FAIL_EXISTS_VLM = RetCodes.FAIL_EXISTS_VLM;
    public static final long FAIL_EXISTS_NET_IF = RetCodes.FAIL_EXISTS_NET_IF;
    public static final long FAIL_EXISTS_NODE_CONN = RetCodes.FAIL_EXISTS_NODE_CONN;
    public static final long FAIL_EXISTS_RSC_CONN = RetCodes.FAIL_EXISTS_RSC_CONN;
    public static final long FAIL_EXISTS_VLM_CONN = RetCodes.FAIL_EXISTS_VLM_CONN;
    public static final long FAIL_EXISTS_STOR_POOL_DFN = RetCodes.FAIL_EXISTS_STOR_POOL_DFN;
    public static final long FAIL_EXISTS_STOR_POOL = RetCodes.FAIL_EXISTS_STOR_POOL;
    public static final long FAIL_EXISTS_STLT_CONN = RetCodes.FAIL_EXISTS_STLT_CONN;
    public static final long FAIL_EXISTS_CRYPT_PASSPHRASE = RetCodes.FAIL_EXISTS_CRYPT_PASSPHRASE;
    public static final long FAIL_EXISTS_WATCH = RetCodes.FAIL_EXISTS_WATCH;
    public static final long FAIL_EXISTS_SNAPSHOT_DFN = RetCodes.FAIL_EXISTS_SNAPSHOT_DFN;
    public static final long FAIL_EXISTS_SNAPSHOT = RetCodes.FAIL_EXISTS_SNAPSHOT;
    public static final long FAIL_EXISTS_EXT_NAME = RetCodes.FAIL_EXISTS_EXT_NAME;
    public static final long FAIL_EXISTS_NVME_TARGET_PER_RSC_DFN = RetCodes.FAIL_EXISTS_NVME_TARGET_PER_RSC_DFN;
    public static final long FAIL_EXISTS_NVME_INITIATOR_PER_RSC_DFN = RetCodes.FAIL_EXISTS_NVME_INITIATOR_PER_RSC_DFN;
    public static final long FAIL_LOST_STOR_POOL = RetCodes.FAIL_LOST_STOR_POOL;
    public static final long FAIL_EXISTS_RSC_GRP = RetCodes.FAIL_EXISTS_RSC_GRP;
    public static final long FAIL_EXISTS_VLM_GRP = RetCodes.FAIL_EXISTS_VLM_GRP;
    public static final long FAIL_EXISTS_SNAPSHOT_SHIPPING = RetCodes.FAIL_EXISTS_SNAPSHOT_SHIPPING;
    public static final long FAIL_EXISTS_EXOS_ENCLOSURE = RetCodes.FAIL_EXISTS_EXOS_ENCLOSURE;
    public static final long FAIL_EXISTS_REMOTE = RetCodes.FAIL_EXISTS_REMOTE;
    public static final long FAIL_EXISTS_SCHEDULE = RetCodes.FAIL_EXISTS_SCHEDULE;
    public static final long FAIL_MISSING_PROPS = RetCodes.FAIL_MISSING_PROPS;
    public static final long FAIL_MISSING_PROPS_NETCOM_TYPE = RetCodes.FAIL_MISSING_PROPS_NETCOM_TYPE;
    public static final long FAIL_MISSING_PROPS_NETCOM_PORT = RetCodes.FAIL_MISSING_PROPS_NETCOM_PORT;
    public static final long FAIL_MISSING_NETCOM = RetCodes.FAIL_MISSING_NETCOM;
    public static final long FAIL_MISSING_PROPS_NETIF_NAME = RetCodes.FAIL_MISSING_PROPS_NETIF_NAME;
    public static final long FAIL_MISSING_STLT_CONN = RetCodes.FAIL_MISSING_STLT_CONN;
    public static final long FAIL_MISSING_EXT_NAME = RetCodes.FAIL_MISSING_EXT_NAME;
    public static final long FAIL_MISSING_NVME_TARGET = RetCodes.FAIL_MISSING_NVME_TARGET;
    public static final long FAIL_NO_STLT_CONN_DEFINED = RetCodes.FAIL_NO_STLT_CONN_DEFINED;
    public static final long FAIL_MISSING_EBS_TARGET = RetCodes.FAIL_MISSING_EBS_TARGET;
    public static final long FAIL_UUID_NODE = RetCodes.FAIL_UUID_NODE;
    public static final long FAIL_UUID_RSC_DFN = RetCodes.FAIL_UUID_RSC_DFN;
    public static final long FAIL_UUID_RSC = RetCodes.FAIL_UUID_RSC;
    public static final long FAIL_UUID_VLM_DFN = RetCodes.FAIL_UUID_VLM_DFN;
    public static final long FAIL_UUID_VLM = RetCodes.FAIL_UUID_VLM;
    public static final long FAIL_UUID_NET_IF = RetCodes.FAIL_UUID_NET_IF;
    public static final long FAIL_UUID_NODE_CONN = RetCodes.FAIL_UUID_NODE_CONN;
    public static final long FAIL_UUID_RSC_CONN = RetCodes.FAIL_UUID_RSC_CONN;
    public static final long FAIL_UUID_VLM_CONN = RetCodes.FAIL_UUID_VLM_CONN;
    public static final long FAIL_UUID_STOR_POOL_DFN = RetCodes.FAIL_UUID_STOR_POOL_DFN;
    public static final long FAIL_UUID_STOR_POOL = RetCodes.FAIL_UUID_STOR_POOL;
    public static final long FAIL_UUID_KVS = RetCodes.FAIL_UUID_KVS;
    public static final long FAIL_POOL_EXHAUSTED_VLM_NR = RetCodes.FAIL_POOL_EXHAUSTED_VLM_NR;
    public static final long FAIL_POOL_EXHAUSTED_MINOR_NR = RetCodes.FAIL_POOL_EXHAUSTED_MINOR_NR;
    public static final long FAIL_POOL_EXHAUSTED_TCP_PORT = RetCodes.FAIL_POOL_EXHAUSTED_TCP_PORT;
    public static final long FAIL_POOL_EXHAUSTED_NODE_ID = RetCodes.FAIL_POOL_EXHAUSTED_NODE_ID;
    public static final long FAIL_POOL_EXHAUSTED_RSC_LAYER_ID = RetCodes.FAIL_POOL_EXHAUSTED_RSC_LAYER_ID;
    public static final long FAIL_POOL_EXHAUSTED_SPECIAL_SATELLTE_TCP_PORT =
            RetCodes.FAIL_POOL_EXHAUSTED_SPECIAL_SATELLTE_TCP_PORT;
    public static final long FAIL_POOL_EXHAUSTED_SNAPSHOT_SHIPPING_TCP_PORT =
            RetCodes.FAIL_POOL_EXHAUSTED_SNAPSHOT_SHIPPING_TCP_PORT;
    public static final long FAIL_POOL_EXHAUSTED_BACKUP_SHIPPING_TCP_PORT =
            RetCodes.FAIL_POOL_EXHAUSTED_BACKUP_SHIPPING_TCP_PORT;
    public static final long FAIL_SNAPSHOT_ROLLBACK_IN_PROGRESS = RetCodes.FAIL_SNAPSHOT_ROLLBACK_IN_PROGRESS;
    public static final long FAIL_SP_MIXING_NOT_ALLOWED = RetCodes.FAIL_SP_MIXING_NOT_ALLOWED;
    public static final long FAIL_EBS_COOLDOWN = RetCodes.FAIL_EBS_COOLDOWN;
    public static final long FAIL_NOT_ALL_UPTODATE = RetCodes.FAIL_NOT_ALL_UPTODATE;
    public static final long FAIL_EVACUATING = RetCodes.FAIL_EVACUATING;
    public static final long FAIL_BACKUP_UNKNOWN_CLUSTER = RetCodes.FAIL_BACKUP_UNKNOWN_CLUSTER;
    public static final long FAIL_DEPENDEND_BACKUP = RetCodes.FAIL_DEPENDEND_BACKUP;
    public static final long FAIL_BACKUP_INCOMPATIBLE_VERSION = RetCodes.FAIL_BACKUP_INCOMPATIBLE_VERSION;
    public static final long FAIL_SNAPSHOT_NOT_UPTODATE = RetCodes.FAIL_SNAPSHOT_NOT_UPTODATE;
    public static final long FAIL_NOT_ENOUGH_FREE_SPACE = RetCodes.FAIL_NOT_ENOUGH_FREE_SPACE;
    public static final long FAIL_ONLY_ONE_ACT_RSC_PER_SHARED_STOR_POOL_ALLOWED =
            RetCodes.FAIL_ONLY_ONE_ACT_RSC_PER_SHARED_STOR_POOL_ALLOWED;
    public static final long FAIL_CRYPT_INIT = RetCodes.FAIL_CRYPT_INIT;
    public static final long FAIL_SNAPSHOT_SHIPPING_NOT_SUPPORTED = RetCodes.FAIL_SNAPSHOT_SHIPPING_NOT_SUPPORTED;
    public static final long FAIL_SNAPSHOT_SHIPPING_IN_PROGRESS = RetCodes.FAIL_SNAPSHOT_SHIPPING_IN_PROGRESS;
    public static final long FAIL_UNDECIDABLE_AUTOPLACMENT = RetCodes.FAIL_UNDECIDABLE_AUTOPLACMENT;
    public static final long FAIL_PRE_SELECT_SCRIPT_DID_NOT_TERMINATE =
            RetCodes.FAIL_PRE_SELECT_SCRIPT_DID_NOT_TERMINATE;
    public static final long FAIL_LINSTOR_MANAGED_SATELLITE_DID_NOT_START_PROPERLY =
            RetCodes.FAIL_LINSTOR_MANAGED_SATELLITE_DID_NOT_START_PROPERLY;
    public static final long FAIL_STLT_DOES_NOT_SUPPORT_LAYER = RetCodes.FAIL_STLT_DOES_NOT_SUPPORT_LAYER;
    public static final long FAIL_STLT_DOES_NOT_SUPPORT_PROVIDER = RetCodes.FAIL_STLT_DOES_NOT_SUPPORT_PROVIDER;
    public static final long FAIL_STOR_POOL_CONFIGURATION_ERROR = RetCodes.FAIL_STOR_POOL_CONFIGURATION_ERROR;
    public static final long FAIL_INSUFFICIENT_REPLICA_COUNT = RetCodes.FAIL_INSUFFICIENT_REPLICA_COUNT;
    public static final long FAIL_RSC_BUSY = RetCodes.FAIL_RSC_BUSY;
    public static final long FAIL_INSUFFICIENT_PEER_SLOTS = RetCodes.FAIL_INSUFFICIENT_PEER_SLOTS;
    public static final long FAIL_SNAPSHOTS_NOT_SUPPORTED = RetCodes.FAIL_SNAPSHOTS_NOT_SUPPORTED;
    public static final long FAIL_NOT_CONNECTED = RetCodes.FAIL_NOT_CONNECTED;
    public static final long FAIL_NOT_ENOUGH_NODES = RetCodes.FAIL_NOT_ENOUGH_NODES;
    public static final long FAIL_IN_USE = RetCodes.FAIL_IN_USE;
    public static final long FAIL_UNKNOWN_ERROR = RetCodes.FAIL_UNKNOWN_ERROR;
    public static final long FAIL_IMPL_ERROR = RetCodes.FAIL_IMPL_ERROR;
    public static final long WARN_INVLD_OPT_PROP_NETCOM_ENABLED = RetCodes.WARN_INVLD_OPT_PROP_NETCOM_ENABLED;
    public static final long WARN_NOT_CONNECTED = RetCodes.WARN_NOT_CONNECTED;
    public static final long WARN_STLT_NOT_UPDATED = RetCodes.WARN_STLT_NOT_UPDATED;
    public static final long WARN_NO_STLT_CONN_DEFINED = RetCodes.WARN_NO_STLT_CONN_DEFINED;
    public static final long WARN_DEL_UNSET_PROP = RetCodes.WARN_DEL_UNSET_PROP;
    public static final long WARN_RSC_ALREADY_DEPLOYED = RetCodes.WARN_RSC_ALREADY_DEPLOYED;
    public static final long WARN_RSC_ALREADY_HAS_DISK = RetCodes.WARN_RSC_ALREADY_HAS_DISK;
    public static final long WARN_RSC_ALREADY_DISKLESS = RetCodes.WARN_RSC_ALREADY_DISKLESS;
    public static final long WARN_ALL_DISKLESS = RetCodes.WARN_ALL_DISKLESS;
    public static final long WARN_STORAGE_ERROR = RetCodes.WARN_STORAGE_ERROR;
    public static final long WARN_NOT_FOUND_CRYPT_KEY = RetCodes.WARN_NOT_FOUND_CRYPT_KEY;
    public static final long WARN_STORAGE_KIND_ADDED = RetCodes.WARN_STORAGE_KIND_ADDED;
    public static final long WARN_NOT_ENOUGH_NODES_FOR_TIE_BREAKER = RetCodes.WARN_NOT_ENOUGH_NODES_FOR_TIE_BREAKER;
    public static final long WARN_MIXED_PMEM_AND_NON_PMEM = RetCodes.WARN_MIXED_PMEM_AND_NON_PMEM;
    public static final long WARN_UNEFFECTIVE_PROP = RetCodes.WARN_UNEFFECTIVE_PROP;
    public static final long WARN_INVLD_SNAPSHOT_SHIPPING_PREFIX = RetCodes.WARN_INVLD_SNAPSHOT_SHIPPING_PREFIX;
    public static final long WARN_NODE_EVICTED = RetCodes.WARN_NODE_EVICTED;
    public static final long WARN_RSC_DEACTIVATED = RetCodes.WARN_RSC_DEACTIVATED;
    public static final long WARN_BACKUP_DL_ONLY = RetCodes.WARN_BACKUP_DL_ONLY;
    public static final long WARN_NOT_EVACUATING = RetCodes.WARN_NOT_EVACUATING;
    public static final long WARN_INVLD_CONF = RetCodes.WARN_INVLD_CONF;
    public static final long WARN_STORPOOL_RENAME_NOT_ALLOWED = RetCodes.WARN_STORPOOL_RENAME_NOT_ALLOWED;
    public static final long WARN_VLMDFN_RESIZE_SAME_SIZE = RetCodes.WARN_VLMDFN_RESIZE_SAME_SIZE;
    public static final long WARN_CORRUPT_CRYPT_KEY = RetCodes.WARN_CORRUPT_CRYPT_KEY;
    public static final long WARN_NOT_FOUND = RetCodes.WARN_NOT_FOUND;
    public static final long WARN_NO_EFFECT = RetCodes.WARN_NO_EFFECT;
    public static final long WARN_DEPRECATED = RetCodes.WARN_DEPRECATED;
    public static final long INFO_NO_RSC_SPAWNED = RetCodes.INFO_NO_RSC_SPAWNED;
    public static final long INFO_NODE_NAME_MISMATCH = RetCodes.INFO_NODE_NAME_MISMATCH;
    public static final long INFO_PROP_SET = RetCodes.INFO_PROP_SET;
    public static final long INFO_TIE_BREAKER_CREATED = RetCodes.INFO_TIE_BREAKER_CREATED;
    public static final long INFO_TIE_BREAKER_DELETING = RetCodes.INFO_TIE_BREAKER_DELETING;
    public static final long INFO_TIE_BREAKER_TAKEOVER = RetCodes.INFO_TIE_BREAKER_TAKEOVER;
    public static final long INFO_PROP_REMOVED = RetCodes.INFO_PROP_REMOVED;
    public static final long INFO_AUTO_DRBD_PROXY_CREATED = RetCodes.INFO_AUTO_DRBD_PROXY_CREATED;
    public static final long INFO_NOOP = RetCodes.INFO_NOOP;
    public static final long INFO_RSC_ALREADY_EXISTS = RetCodes.INFO_RSC_ALREADY_EXISTS;
    public static final long INFO_ABORTED_FAILED_SNAPSHOT_ROLLBACK = RetCodes.INFO_ABORTED_FAILED_SNAPSHOT_ROLLBACK;
    public static final long INFO_RECOVERING_FAILED_SNAPSHOT_ROLLBACK =
            RetCodes.INFO_RECOVERING_FAILED_SNAPSHOT_ROLLBACK;
    public static final long UNKNOWN_API_CALL = RetCodes.UNKNOWN_API_CALL;
    public static final long API_CALL_PARSE_ERROR = RetCodes.API_CALL_PARSE_ERROR;
    public static final long FAIL_SIGN_IN = RetCodes.FAIL_SIGN_IN;
    public static final long FAIL_SIGN_IN_MISSING_CREDENTIALS = RetCodes.FAIL_SIGN_IN_MISSING_CREDENTIALS;
}

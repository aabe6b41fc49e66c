package io.linstorj.controller.storage;

import java.util.Map;

/**
 * A storage pool to create on a node.
 *
 * @param nodeName the node
 * @param poolName the pool's name (its definition is created if missing)
 * @param providerKind DISKLESS, LVM, LVM_THIN, ZFS, ZFS_THIN, FILE or FILE_THIN (any case)
 * @param props properties, e.g. {@code StorDriver/StorPoolName} = volume group, zpool or directory
 */
public record StoragePoolCreateRequest(
        String nodeName, String poolName, String providerKind, Map<String, String> props) {
    /** Creates the request; the properties are copied. */
    public StoragePoolCreateRequest {
        props = Map.copyOf(props);
    }
}

package io.linstorj.controller.placement;

/**
 * One new replica chosen by placement: the node and the storage pool it goes to.
 *
 * @param nodeName the chosen node
 * @param storagePoolName the pool on that node (a DISKLESS pool for diskless replicas)
 */
public record ReplicaPlacement(String nodeName, String storagePoolName) {}

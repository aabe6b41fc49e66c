package io.linstorj.controller.persistence;

import io.linstorj.controller.cluster.Names;

/** Owner keys of the rows in table PROPS: one per object that has properties. */
final class Owners {
    /** Owner of the controller's properties. */
    static final String CONTROLLER = "CTRL";

    private Owners() {}

    static String node(String nodeName) {
        return "N:" + Names.key(nodeName);
    }

    static String storagePoolDefinition(String name) {
        return "SPD:" + Names.key(name);
    }

    static String storagePool(String nodeName, String poolName) {
        return "SP:" + Names.key(nodeName) + "/" + Names.key(poolName);
    }

    static String resourceDefinition(String name) {
        return "RD:" + Names.key(name);
    }

    static String volumeDefinition(String resourceName, int volumeNumber) {
        return "VD:" + Names.key(resourceName) + "/" + volumeNumber;
    }

    static String resource(String resourceName, String nodeName) {
        return "R:" + Names.key(resourceName) + "/" + Names.key(nodeName);
    }

    static String volume(String resourceName, String nodeName, int volumeNumber) {
        return "V:" + Names.key(resourceName) + "/" + Names.key(nodeName) + "/" + volumeNumber;
    }

    static String resourceConnection(String resourceName, String nodeA, String nodeB) {
        return "RC:" + Names.key(resourceName) + "/" + Names.key(nodeA) + "/" + Names.key(nodeB);
    }

    static String resourceGroup(String name) {
        return "RG:" + Names.key(name);
    }

    static String volumeGroup(String groupName, int volumeNumber) {
        return "VG:" + Names.key(groupName) + "/" + volumeNumber;
    }

    static String snapshotDefinition(String resourceName, String snapshotName) {
        return "SD:" + Names.key(resourceName) + "/" + Names.key(snapshotName);
    }

    static String snapshot(String resourceName, String snapshotName, String nodeName) {
        return "S:" + Names.key(resourceName) + "/" + Names.key(snapshotName) + "/" + Names.key(nodeName);
    }

    static String keyValueStore(String name) {
        return "KVS:" + Names.key(name);
    }
}

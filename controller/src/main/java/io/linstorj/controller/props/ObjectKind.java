package io.linstorj.controller.props;

/**
 * The kinds of object that carry properties, named as LINSTOR names them in its property
 * information ({@code properties/info/all}), plus the groups, whose properties LinstorJ copies
 * into the definitions a spawn creates.
 */
public enum ObjectKind {
    /** The controller's own properties. */
    CONTROLLER,
    /** A node. */
    NODE,
    /** A storage pool definition (the pool's name across nodes). */
    STORAGEPOOL_DEFINITION,
    /** A storage pool on one node. */
    STORAGEPOOL,
    /** A resource group: its properties become a spawned resource definition's. */
    RESOURCE_GROUP,
    /** A resource definition. */
    RESOURCE_DEFINITION,
    /** A resource (one replica on one node). */
    RESOURCE,
    /** A volume group: its properties become a spawned volume definition's. */
    VOLUME_GROUP,
    /** A volume definition. */
    VOLUME_DEFINITION,
    /** A volume of one replica. */
    VOLUME
}

/**
 * The desired-state model as immutable values: nodes, network interfaces, storage pools and their
 * definitions, resource groups and definitions, volumes, resources, connections, snapshots and
 * key-value stores, with their keys. No behaviour beyond checks on a value's own fields.
 */
package io.linstorj.controller.cluster;

/**
 * Snapshots of resource definitions: the service that creates, lists and deletes them, restores
 * them into other resource definitions and rolls resources back to them, with the rules they
 * share. Satellites take, delete, restore and roll back the storage snapshots; these services only
 * change the desired state and never wait for a satellite.
 */
package io.linstorj.controller.snapshot;

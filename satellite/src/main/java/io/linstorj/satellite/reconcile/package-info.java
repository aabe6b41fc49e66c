/**
 * Bringing a node to the desired state: the loop that compares what the controller wants with
 * what the node has, applies storage, DRBD and snapshot steps, rolls back a half-done step, and
 * reports the outcome to the controller.
 */
package io.linstorj.satellite.reconcile;

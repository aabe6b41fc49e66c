/**
 * The satellite's plan step: the node's desired state as plain records (mapped from the
 * controller's messages at the link), what a pass observed of the node, and the pure
 * {@link io.linstorj.satellite.plan.Planner} that turns the two into {@link
 * io.linstorj.satellite.plan.Step}s, values the reconciler applies one by one. Nothing here
 * touches a provider, DRBD or a file, and nothing here knows the wire; it uses only the value
 * types of {@code satellite.storage} and {@code satellite.drbd}.
 */
package io.linstorj.satellite.plan;

/**
 * Bringing a node to the desired state: the loop that runs one pass at a time ({@link
 * io.linstorj.satellite.reconcile.ReconcileLoop}), and the reconciler whose pass observes the
 * node, has the {@link io.linstorj.satellite.plan.Planner} decide the steps, applies each ({@code
 * StepApplier}; snapshot stages and rollbacks in {@code SnapshotSteps}, which remembers the I/O
 * it suspended) and sums the results up in a {@link
 * io.linstorj.satellite.reconcile.NodeReport}. It works on the plan's records and the storage and
 * DRBD layers; the wire is the link's ({@code SatelliteArchitectureTest}).
 */
package io.linstorj.satellite.reconcile;

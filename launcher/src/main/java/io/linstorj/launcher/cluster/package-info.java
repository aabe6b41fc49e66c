/**
 * A local cluster of child processes ({@link io.linstorj.launcher.cluster.LocalCluster}): a
 * controller and N satellites on loopback addresses, ready only when replicas can be placed, and
 * the main class those processes run ({@link io.linstorj.launcher.cluster.NodeMain}). It may use
 * the client (to register nodes and wait for readiness), the controller, satellite and REST
 * commands, and {@link io.linstorj.launcher}; nothing of the command-line tool or the benchmarks.
 */
package io.linstorj.launcher.cluster;

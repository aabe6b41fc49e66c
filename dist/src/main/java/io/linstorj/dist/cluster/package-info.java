/**
 * The local cluster: a controller and satellites as processes on this machine
 * ({@link io.linstorj.dist.cluster.LocalCluster}), ready only when replicas can be placed, never
 * outliving the JVM that started it, and the {@code linstorj cluster} command that runs and
 * watches one ({@link io.linstorj.dist.cluster.ClusterCommand}).
 */
package io.linstorj.dist.cluster;

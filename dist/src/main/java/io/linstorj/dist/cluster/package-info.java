/**
 * The {@code linstorj cluster} command ({@link io.linstorj.dist.cluster.ClusterCommand}): it runs
 * a {@link io.linstorj.launcher.cluster.LocalCluster} (ready only when replicas can be placed,
 * never outliving the JVM that started it) and watches it
 * ({@link io.linstorj.dist.cluster.ClusterSupervisor}).
 */
package io.linstorj.dist.cluster;

package io.linstorj.dist.cluster;

import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A parent JVM for {@link ChildrenEndWithTheirParentTest}: starts a local cluster under the
 * directory in {@code args[0]} on ephemeral ports, prints {@code CHILD <pid>} per process and
 * {@code READY <uri>}, then waits to be killed. It never closes the cluster itself: what happens
 * to the children when it is killed is the point.
 */
public final class ClusterParentMain {
    private ClusterParentMain() {}

    /** Runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        LocalCluster cluster = LocalCluster.start(new LocalClusterConfig(Path.of(args[0]), 2, 0, 0, 0));
        cluster.processes().values().forEach(child -> System.out.println("CHILD " + child.pid()));
        System.out.println("READY " + cluster.controllerUri());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}

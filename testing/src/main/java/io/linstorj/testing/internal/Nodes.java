package io.linstorj.testing.internal;

import java.time.Duration;
import java.util.List;

/**
 * The running nodes of a test cluster, in child JVMs or in this one: where the controller listens
 * and the faults a test may inject. Every restart returns only once the cluster is ready again.
 */
public interface Nodes {
    /** The controller's binary-protocol URI ({@code linstor://...}). */
    String controllerUri();

    /** The controller's REST URI ({@code http://...}). */
    String restUri();

    /** The satellites' node names, in order. */
    List<String> satelliteNames();

    /** Kills satellite {@code name} at once. */
    void killSatellite(String name);

    /** Starts satellite {@code name} again on its address and port; returns once ready. */
    void restartSatellite(String name);

    /** Kills the controller at once. */
    void killController();

    /** Starts the controller again on its data and ports; returns once every node is ready. */
    void restartController();

    /** Stops every node (all together); idempotent; returns how long it took. */
    Duration stop();
}

package io.linstorj.controller;

import io.linstorj.controller.state.DesiredState;
import java.net.InetSocketAddress;

/**
 * What a controller found at start.
 *
 * @param database the database description (JDBC URL without password)
 * @param address the bound client-protocol address
 * @param nodes number of nodes loaded
 * @param storagePools number of storage pools loaded
 * @param resourceDefinitions number of resource definitions loaded
 * @param resources number of resources loaded
 * @param startMillis time from start to bound port, in milliseconds
 */
public record StartupSummary(
        String database,
        InetSocketAddress address,
        int nodes,
        int storagePools,
        int resourceDefinitions,
        int resources,
        long startMillis) {

    /** Counts what was loaded, before anything else can change the state. */
    static StartupSummary loaded(DesiredState state, String database) {
        return new StartupSummary(
                database,
                null,
                state.nodes().size(),
                state.storagePools().size(),
                state.resourceDefinitions().size(),
                state.resources().size(),
                0);
    }

    StartupSummary bound(InetSocketAddress boundAddress, long millis) {
        return new StartupSummary(database, boundAddress, nodes, storagePools, resourceDefinitions, resources, millis);
    }

    @Override
    public String toString() {
        return "controller listening on " + address.getHostString() + ":" + address.getPort() + ", database " + database
                + ", loaded " + nodes + " nodes, " + storagePools + " storage pools, " + resourceDefinitions
                + " resource definitions, " + resources + " resources in " + startMillis + " ms";
    }
}

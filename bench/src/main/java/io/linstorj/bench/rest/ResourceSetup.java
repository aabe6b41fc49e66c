package io.linstorj.bench.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Resources for the resource view, without satellites: nodes registered with a loopback address
 * where nothing listens (they stay offline; the controller keeps trying to reach them), and one
 * diskless resource per definition, the nodes taking turns. A diskless replica needs no storage
 * pool with capacity: it uses the node's {@code DfltDisklessStorPool}, and the controller accepts
 * resources on offline nodes (as LINSTOR does).
 *
 * @param base the REST API
 * @param names the run's definition names
 * @param clients concurrent clients creating the resources
 */
record ResourceSetup(URI base, DefinitionNames names, int clients) {
    /** 127.0.0.31, .32, ...: loopback, and none of the addresses the other benches' satellites use. */
    private static final String NODE_ADDRESS = "127.0.0.%d";

    private static final int FIRST_NODE_HOST = 31;
    /** The discard port: nothing listens on it here, so a connection attempt is refused at once. */
    private static final int UNREACHABLE_PORT = 9;

    private static final long TIMEOUT_MINUTES = 10;

    /** The name of node {@code index}. */
    String nodeName(int index) {
        return String.format(Locale.ROOT, "%s-node%d", names.prefix(), index);
    }

    /**
     * Registers {@code nodes} nodes, then creates a diskless resource on each of the definitions
     * {@code 0 .. resources-1}, at most 10 minutes.
     */
    void create(int nodes, int resources) throws Exception {
        try (RestHttp http = new RestHttp(base)) {
            for (int n = 0; n < nodes; n++) {
                http.post(
                        "/v1/nodes",
                        "{\"name\":\"" + nodeName(n) + "\",\"type\":\"SATELLITE\",\"net_interfaces\":"
                                + "[{\"name\":\"default\",\"address\":\""
                                + String.format(Locale.ROOT, NODE_ADDRESS, FIRST_NODE_HOST + n)
                                + "\",\"satellite_port\":" + UNREACHABLE_PORT
                                + ",\"satellite_encryption_type\":\"PLAIN\"}]}");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(() -> {
                    try (RestHttp own = new RestHttp(base)) {
                        for (int i = client; i < resources; i += clients) {
                            own.post(
                                    "/v1/resource-definitions/" + names.of(i) + "/resources/" + nodeName(i % nodes),
                                    "{\"resource\":{\"flags\":[\"DISKLESS\"]}}");
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work, TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                done.get(0, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "creating resources failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            throw new IllegalStateException("the resources were not created within " + TIMEOUT_MINUTES + " minutes", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

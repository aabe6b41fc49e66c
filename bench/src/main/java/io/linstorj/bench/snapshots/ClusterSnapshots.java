package io.linstorj.bench.snapshots;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.observed.ObservedState;
import io.linstorj.controller.resource.ResourceCreateRequest;
import io.linstorj.controller.resource.ResourceDefinitionCreateRequest;
import io.linstorj.controller.resource.VolumeDefinitionRequest;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.controller.snapshot.SnapshotCreateRequest;
import io.linstorj.controller.snapshot.SnapshotRestoreRequest;
import io.linstorj.controller.snapshot.SnapshotView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The calls the snapshot bench makes, on the services of the bench cluster's in-process
 * controller (the ones the REST API and the binary protocol translate to), and the conditions
 * it waits for in the controller's view of what the satellites reported. Every wait is bounded.
 */
final class ClusterSnapshots {
    private static final Duration POLL = Duration.ofMillis(2);

    private final ControllerServices services;
    private final ObservedState observed;
    private final List<String> nodes;
    private final Duration timeout;

    ClusterSnapshots(ControllerServices services, List<String> nodes, Duration timeout) {
        this.services = services;
        this.observed = services.observed();
        this.nodes = List.copyOf(nodes);
        this.timeout = timeout;
    }

    /** Creates a resource with one volume of {@code sizeKib}, diskful on every node; returns once recorded. */
    void createResource(String name, long sizeKib) {
        check(
                "create " + name,
                services.resources()
                        .definitions()
                        .create(new ResourceDefinitionCreateRequest(
                                name,
                                null,
                                Map.of(),
                                "",
                                List.of(new VolumeDefinitionRequest(null, sizeKib, null, Map.of())))));
        for (String node : nodes) {
            check(
                    "create " + name + " on " + node,
                    services.resources()
                            .resources()
                            .create(new ResourceCreateRequest(name, node, Set.of(), "", Map.of())));
        }
    }

    /** The snapshot call; its future completes with the controller's answer once recorded. */
    CompletableFuture<List<ApiCallRc>> snapshot(String resource, String snapshot) {
        return services.snapshots()
                .snapshots()
                .create(new SnapshotCreateRequest(resource, snapshot, List.of(), Map.of()));
    }

    /** Restores the snapshot into the new resource definition {@code target} on the snapshot's nodes. */
    void restore(String resource, String snapshot, String target) {
        check(
                "create " + target,
                services.resources()
                        .definitions()
                        .create(new ResourceDefinitionCreateRequest(target, null, Map.of(), "", List.of())));
        check(
                "restore " + resource + "/" + snapshot + " into " + target,
                services.snapshots()
                        .restores()
                        .restoreResource(new SnapshotRestoreRequest(resource, snapshot, target, List.of())));
    }

    void deleteSnapshot(String resource, String snapshot) {
        check(
                "delete snapshot " + resource + "/" + snapshot,
                services.snapshots().snapshots().delete(resource, snapshot, List.of()));
    }

    void deleteResource(String name) {
        check("delete " + name, services.resources().definitions().delete(name));
    }

    /** True once every node's satellite reported the snapshot taken (the SUCCESSFUL flag). */
    boolean taken(String resource, String snapshot) {
        Optional<SnapshotView> view = get(services.snapshots().snapshots().get(resource, snapshot));
        if (view.isPresent() && view.get().flags().contains(SnapshotView.FLAG_FAILED_DEPLOYMENT)) {
            throw new IllegalStateException("snapshot " + resource + "/" + snapshot + " failed on a node");
        }
        return view.map(SnapshotView::flags).orElse(Set.of()).contains(SnapshotView.FLAG_SUCCESSFUL);
    }

    /** True once every node's satellite reported the resource ready. */
    boolean ready(String resource) {
        return nodes.stream()
                .allMatch(node ->
                        observed.resource(node, resource).map(r -> r.ready()).orElse(false));
    }

    /** True once no node reports the resource any more. */
    boolean gone(String resource) {
        return nodes.stream().allMatch(node -> observed.resource(node, resource).isEmpty());
    }

    /** Polls {@code condition} until it holds. */
    void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not within " + timeout);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    /** Fails with the answer's first error, if any. */
    static void check(String what, CompletableFuture<List<ApiCallRc>> answer) {
        for (ApiCallRc rc : get(answer)) {
            if (rc.isError()) {
                throw new IllegalStateException(what + " refused: " + rc.message() + " (" + rc.cause() + ")");
            }
        }
    }

    private static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

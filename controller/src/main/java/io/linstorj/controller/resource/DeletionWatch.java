package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.Resource;
import io.linstorj.controller.cluster.ResourceDefinition;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.DesiredStateListener;
import io.linstorj.controller.state.GuardedState;
import io.linstorj.controller.state.StateChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tells when a deletion marked {@code DELETE} has finished: the satellites confirmed it and the
 * rows are gone from the desired state (or the node was declared lost). A waiter is a future
 * that completes with LINSTOR's "deletion complete" / "deleted" entries; it is forgotten as soon
 * as it completes in any way, so a waiter cancelled by its caller (a client that went away) or
 * timed out ({@link CompletableFuture#orTimeout}) costs nothing afterwards.
 */
public final class DeletionWatch implements DesiredStateListener {
    private final GuardedState state;
    private final ConcurrentMap<String, Set<Registration>> waiters = new ConcurrentHashMap<>();

    /** Creates the watch over the desired state; register it as a listener of the write queue. */
    public DeletionWatch(GuardedState state) {
        this.state = state;
    }

    /**
     * Completes when the replica of {@code resourceName} on {@code nodeName} is gone, with the
     * entries saying so (and that its definition went with it, when it did). Completes with no
     * entries when the replica is there but not marked for deletion now.
     */
    public CompletableFuture<List<ApiCallRc>> resourceGone(String resourceName, String nodeName) {
        CompletableFuture<List<ApiCallRc>> gone = new CompletableFuture<>();
        state.readAsync(desired -> {
                    Resource replica = desired.resource(resourceName, nodeName);
                    if (replica == null) {
                        // Confirmed before the wait began: gone, its identity no longer known.
                        return new Waiter(resourceName, nodeName, "", null);
                    }
                    if (!replica.isDeleting()) {
                        return null;
                    }
                    ResourceDefinition definition = desired.resourceDefinition(resourceName);
                    return new Waiter(
                            resourceName,
                            nodeName,
                            replica.uuid().toString(),
                            definition != null && definition.isDeleting()
                                    ? definition.uuid().toString()
                                    : null);
                })
                .whenComplete((waiter, error) -> await(waiter, error, gone));
        return gone;
    }

    /**
     * Completes when the definition {@code resourceName} is gone, with the entry saying so.
     * Completes with no entries when it is there but not marked for deletion now.
     */
    public CompletableFuture<List<ApiCallRc>> definitionGone(String resourceName) {
        CompletableFuture<List<ApiCallRc>> gone = new CompletableFuture<>();
        state.readAsync(desired -> {
                    ResourceDefinition definition = desired.resourceDefinition(resourceName);
                    if (definition == null) {
                        // Confirmed before the wait began: gone, its identity no longer known.
                        return new Waiter(resourceName, null, null, "");
                    }
                    if (!definition.isDeleting()) {
                        return null;
                    }
                    return new Waiter(
                            resourceName, null, null, definition.uuid().toString());
                })
                .whenComplete((waiter, error) -> await(waiter, error, gone));
        return gone;
    }

    /** How many waiters are registered now (for tests: none is left behind). */
    public int waiting() {
        return waiters.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void desiredStateChanged(StateChange change) {
        for (String resourceName : change.resourceNames()) {
            Set<Registration> those = waiters.get(resourceName);
            if (those != null) {
                List.copyOf(those).forEach(this::check);
            }
        }
    }

    /**
     * Registers before it checks, so that a removal committed in between is never missed: either
     * the check sees it or the listener does. A future completed meanwhile (cancelled) is not
     * registered, and one completed later is forgotten.
     */
    private void await(Waiter waiter, Throwable error, CompletableFuture<List<ApiCallRc>> gone) {
        if (error != null) {
            gone.completeExceptionally(error);
            return;
        }
        if (waiter == null) {
            gone.complete(List.of());
            return;
        }
        Registration registration = new Registration(waiter, gone);
        waiters.computeIfAbsent(waiter.resourceName(), name -> ConcurrentHashMap.newKeySet())
                .add(registration);
        gone.whenComplete((entries, failure) -> forget(registration));
        check(registration);
    }

    private void forget(Registration registration) {
        waiters.computeIfPresent(registration.waiter().resourceName(), (name, those) -> {
            those.remove(registration);
            return those.isEmpty() ? null : those;
        });
    }

    private void check(Registration registration) {
        if (registration.gone().isDone()) {
            return;
        }
        List<ApiCallRc> entries = state.read(registration.waiter()::entriesIfGone);
        if (entries != null) {
            registration.gone().complete(entries);
        }
    }

    /** A waiter with the future its caller holds; identity matters, two callers may wait for the same. */
    private static final class Registration {
        private final Waiter waiter;
        private final CompletableFuture<List<ApiCallRc>> gone;

        Registration(Waiter waiter, CompletableFuture<List<ApiCallRc>> gone) {
            this.waiter = waiter;
            this.gone = gone;
        }

        Waiter waiter() {
            return waiter;
        }

        CompletableFuture<List<ApiCallRc>> gone() {
            return gone;
        }
    }

    /** What one caller waits for: a replica ({@code nodeName} set) or a definition to go. */
    private record Waiter(String resourceName, String nodeName, String replicaUuid, String definitionUuid) {

        /** LINSTOR's entries once what this waits for is gone; null while it is still there. */
        List<ApiCallRc> entriesIfGone(DesiredState desired) {
            boolean definitionGone = desired.resourceDefinition(resourceName) == null;
            List<ApiCallRc> entries = new ArrayList<>();
            if (nodeName != null) {
                if (desired.resource(resourceName, nodeName) != null) {
                    return null;
                }
                CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_RSC)
                        .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName)
                        .ref(ApiCallRc.REF_NODE, nodeName);
                entries.add(ctx.rc(
                                RetCodes.DELETED,
                                "Node: " + nodeName + ", Resource: " + resourceName + " deletion complete.")
                        .withDetails(
                                replicaUuid.isEmpty()
                                        ? ""
                                        : "Node: " + nodeName + ", Resource: " + resourceName + " UUID was: "
                                                + replicaUuid));
            } else if (!definitionGone) {
                return null;
            }
            if (definitionGone && definitionUuid != null) {
                CallContext ctx = CallContext.of(RetCodes.MASK_DEL, RetCodes.MASK_RSC_DFN)
                        .ref(ApiCallRc.REF_RESOURCE_DEFINITION, resourceName);
                entries.add(ctx.rc(RetCodes.DELETED, "Resource definition '" + resourceName + "' deleted.")
                        .withDetails(
                                definitionUuid.isEmpty()
                                        ? ""
                                        : "Resource definition '" + resourceName + "' UUID was: " + definitionUuid));
            }
            return entries;
        }
    }
}

package io.linstorj.controller.resource;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A resource or definition delete answered as LINSTOR answers it, on every protocol: once the
 * satellites confirmed it (the rows are gone), with LINSTOR's "deletion complete" and "deleted"
 * entries. The wait is bounded: after the wait, or at once when a node is offline, the answer is
 * the marking's entries with a warning that the deletion is still in progress and finishes when
 * the satellite has taken the resource down. No thread waits, and cancelling the answer (its
 * client went away) cancels the waiter.
 */
public final class ConfirmedDeletions {
    /** How long a delete waits for its satellites by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final ResourceServices services;
    private final Duration wait;

    /** Deletes through {@code services}, each waiting up to {@code wait} for its satellites. */
    public ConfirmedDeletions(ResourceServices services, Duration wait) {
        this.services = Objects.requireNonNull(services, "services");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** Deletes the replica of {@code resourceName} on {@code nodeName}; the entries once confirmed. */
    public CompletableFuture<List<ApiCallRc>> deleteResource(String resourceName, String nodeName) {
        return confirmed(
                services.resources().delete(resourceName, nodeName),
                () -> services.deletionWatch().resourceGone(resourceName, nodeName),
                false);
    }

    /** Deletes the definition {@code resourceName} with its resources; the entries once confirmed. */
    public CompletableFuture<List<ApiCallRc>> deleteDefinition(String resourceName) {
        return confirmed(
                services.definitions().delete(resourceName),
                () -> services.deletionWatch().definitionGone(resourceName),
                true);
    }

    private CompletableFuture<List<ApiCallRc>> confirmed(
            CompletableFuture<List<ApiCallRc>> marked,
            Supplier<CompletableFuture<List<ApiCallRc>>> gone,
            boolean ofDefinition) {
        CompletableFuture<List<ApiCallRc>> answer = new CompletableFuture<>();
        marked.whenComplete((entries, error) -> {
            if (error != null) {
                answer.completeExceptionally(unwrap(error));
            } else if (!isPending(entries) || hasOfflineNode(entries)) {
                answer.complete(entries);
            } else {
                CompletableFuture<List<ApiCallRc>> waiter = gone.get();
                answer.whenComplete((done, failure) -> waiter.cancel(false));
                waiter.orTimeout(wait.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
                    if (answer.isDone()) {
                        return; // cancelled: the client went away, nobody reads an answer
                    }
                    if (failure == null) {
                        answer.complete(confirmed(entries, done, ofDefinition));
                    } else if (unwrap(failure) instanceof TimeoutException) {
                        answer.complete(stillInProgress(entries));
                    } else {
                        answer.completeExceptionally(unwrap(failure));
                    }
                });
            }
        });
        return answer;
    }

    private List<ApiCallRc> stillInProgress(List<ApiCallRc> entries) {
        List<ApiCallRc> answered = new ArrayList<>(entries);
        ApiCallRc first = entries.get(0);
        long scope = first.retCode() & (RetCodes.MASK_BITS_OP | RetCodes.MASK_BITS_OBJ);
        answered.add(ApiCallRc.of(
                        scope | RetCodes.WARN_STLT_NOT_UPDATED,
                        "Deletion still in progress: the satellites have not confirmed it within " + wait.toSeconds()
                                + " s.")
                .withObjRefs(first.objRefs())
                .withCause("The resource is taken down by its satellite; the controller removes it once the"
                        + " satellite confirms.")
                .withCorrection("Nothing to do: it finishes on its own, also when a satellite that is away comes"
                        + " back. Until then it is listed with the flag DELETE."));
        return answered;
    }

    /**
     * The marking's entries without those that said the deletion was pending, followed by the
     * confirmation's entries, as LINSTOR lists them.
     */
    private static List<ApiCallRc> confirmed(List<ApiCallRc> marked, List<ApiCallRc> done, boolean ofDefinition) {
        List<ApiCallRc> answered = new ArrayList<>();
        for (int i = 0; i < marked.size(); i++) {
            ApiCallRc entry = marked.get(i);
            boolean pendingLine = ofDefinition ? i == marked.size() - 1 : isModified(entry);
            if (!pendingLine) {
                answered.add(entry);
            }
        }
        answered.addAll(done);
        return answered;
    }

    /** The marking left something for a satellite to confirm: its entries say "marked", not "complete". */
    private static boolean isPending(List<ApiCallRc> entries) {
        return entries.stream().anyMatch(ConfirmedDeletions::isModified);
    }

    private static boolean hasOfflineNode(List<ApiCallRc> entries) {
        return entries.stream().anyMatch(entry -> entry.hasCode(RetCodes.WARN_NOT_CONNECTED));
    }

    private static boolean isModified(ApiCallRc entry) {
        return entry.isSuccess() && entry.hasCode(RetCodes.MODIFIED);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}

package io.linstorj.rest.endpoint;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.rest.Replies;
import io.linstorj.rest.http.RestResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Answers a resource or definition DELETE as LINSTOR does: once the satellites confirmed it (the
 * rows are gone), with LINSTOR's "deleted" entries. The wait is bounded: after {@code timeout},
 * or at once when a node is offline, the answer is a success with a warning that the deletion is
 * still in progress and finishes when the satellite has taken the resource down. No thread
 * waits: the answer completes from the watch's future, and cancelling the answer (the client
 * went away) cancels the watch's waiter.
 */
final class DeletionAnswers {
    private final Replies replies;
    private final Duration timeout;

    DeletionAnswers(Replies replies, Duration timeout) {
        this.replies = replies;
        this.timeout = timeout;
    }

    /**
     * The answer to a delete whose marking replied {@code marked}; {@code gone} registers the wait
     * for its confirmation; {@code ofDefinition} tells a definition delete from a resource delete.
     */
    CompletableFuture<RestResponse> answer(
            CompletableFuture<List<ApiCallRc>> marked,
            Supplier<CompletableFuture<List<ApiCallRc>>> gone,
            boolean ofDefinition) {
        CompletableFuture<RestResponse> answer = new CompletableFuture<>();
        marked.whenComplete((entries, error) -> {
            if (error != null) {
                answer.complete(replies.failure(error));
            } else if (!isPending(entries) || hasOfflineNode(entries)) {
                answer.complete(replies.apiCallRcs(entries, 200));
            } else {
                CompletableFuture<List<ApiCallRc>> waiter = gone.get();
                answer.whenComplete((response, failure) -> waiter.cancel(false));
                waiter.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
                    if (answer.isDone()) {
                        return; // cancelled: the client went away, nobody reads an answer
                    }
                    answer.complete(
                            failure == null
                                    ? replies.apiCallRcs(confirmed(entries, done, ofDefinition), 200)
                                    : pendingOrFailure(entries, failure));
                });
            }
        });
        return answer;
    }

    private RestResponse pendingOrFailure(List<ApiCallRc> entries, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof TimeoutException)) {
            return replies.failure(cause);
        }
        List<ApiCallRc> answered = new ArrayList<>(entries);
        ApiCallRc first = entries.get(0);
        long scope = first.retCode() & (RetCodes.MASK_BITS_OP | RetCodes.MASK_BITS_OBJ);
        answered.add(ApiCallRc.of(
                        scope | RetCodes.WARN_STLT_NOT_UPDATED,
                        "Deletion still in progress: the satellites have not confirmed it within " + timeout.toSeconds()
                                + " s.")
                .withObjRefs(first.objRefs())
                .withCause("The resource is taken down by its satellite; the controller removes it once the"
                        + " satellite confirms.")
                .withCorrection("Nothing to do: it finishes on its own, also when a satellite that is away comes"
                        + " back. Until then it is listed with the flag DELETE."));
        return replies.apiCallRcs(answered, 200);
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
        return entries.stream().anyMatch(DeletionAnswers::isModified);
    }

    private static boolean hasOfflineNode(List<ApiCallRc> entries) {
        return entries.stream().anyMatch(entry -> entry.hasCode(RetCodes.WARN_NOT_CONNECTED));
    }

    private static boolean isModified(ApiCallRc entry) {
        return entry.isSuccess() && entry.hasCode(RetCodes.MODIFIED);
    }
}

package io.linstorj.client.internal;

import io.linstorj.client.ApiCallResponse;
import io.linstorj.client.Consts;
import io.linstorj.client.Linstor;
import io.linstorj.client.LinstorError;
import io.linstorj.client.LinstorTimeoutError;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Waits, after a delete the controller accepted, until the satellites took the resource down and
 * it is gone from the controller's lists, as LINSTOR's own delete answers only then: the Python
 * API's callers (and so the high-level {@code Resource}) delete and create again at once. A
 * deletion that the controller says waits for an offline node ({@code WARN_NOT_CONNECTED}) is
 * not waited for: it completes when that node returns or is declared lost.
 */
public final class DeletionWait {
    /** How long a deletion may take on online satellites before the wait gives up. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final long POLL_MILLIS = 50;

    private final Linstor lin;
    private final String resource;
    private final Duration timeout;

    /** A wait on {@code resource} through {@code lin}, giving up after {@code timeout}. */
    public DeletionWait(Linstor lin, String resource, Duration timeout) {
        this.lin = lin;
        this.resource = resource;
        this.timeout = timeout;
    }

    /** Returns once the replica of {@code node} is gone (unless {@code replies} say it waits for the node). */
    public void untilReplicaGone(String node, List<ApiCallResponse> replies) {
        if (!waitsForOfflineNode(replies)) {
            until("the replica of '" + resource + "' on '" + node + "'", () -> replicas(Optional.of(node)) == 0);
        }
    }

    /** Returns once the definition is gone (unless {@code replies} say a replica waits for its node). */
    public void untilDefinitionGone(List<ApiCallResponse> replies) {
        if (!waitsForOfflineNode(replies)) {
            until(
                    "resource definition '" + resource + "'",
                    () -> lin.resourceDfnList(List.of(resource)).stream()
                            .flatMap(answer -> answer.resourceDefinitions().stream())
                            .noneMatch(definition -> definition.name().equalsIgnoreCase(resource)));
        }
    }

    private long replicas(Optional<String> node) {
        return lin.resourceList(node.map(List::of).orElse(List.of()), List.of(resource)).stream()
                .flatMap(answer -> answer.resources().stream())
                .filter(replica -> replica.name().equalsIgnoreCase(resource))
                .filter(replica ->
                        node.map(replica.nodeName()::equalsIgnoreCase).orElse(true))
                .count();
    }

    private static boolean waitsForOfflineNode(List<ApiCallResponse> replies) {
        return replies.stream().anyMatch(reply -> reply.isWarning(Consts.WARN_NOT_CONNECTED));
    }

    private void until(String what, BooleanSupplier gone) {
        Deadline deadline = Deadline.after(timeout);
        while (!gone.getAsBoolean()) {
            if (deadline.passed()) {
                throw new LinstorTimeoutError("the deletion of " + what + " was accepted and is recorded, but the"
                        + " satellites did not complete it within " + timeout.toSeconds() + " s; it completes when"
                        + " they have taken it down");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LinstorError("interrupted while waiting for the deletion of " + what);
            }
        }
    }
}

package io.linstorj.controller.state;

import java.util.function.Supplier;

/**
 * Names who submits the mutations that the calling thread queues, so that the
 * {@link WriteQueue} can share its batches fairly between submitters.
 *
 * <p>A transport runs each call of a client session inside {@link #callAs}; the services it calls
 * keep submitting with {@link WriteQueue#submit(Mutation)} and need not carry the session through
 * every signature. A mutation submitted outside any scope (start-up, in-process callers, a
 * continuation on another thread) counts as {@link #INTERNAL}.
 *
 * <p>The thread-local lives in this instance, one per write queue, not in a static field.
 */
public final class SubmitterScope {
    /** The submitter of mutations queued outside any scope. */
    public static final String INTERNAL = "internal";

    private final ThreadLocal<String> current = new ThreadLocal<>();

    /** The key of a client session's submissions. */
    public static String session(String sessionId) {
        return "session:" + sessionId;
    }

    /** Runs {@code call} on this thread with {@code submitter} as the submitter of what it queues. */
    public <T> T callAs(String submitter, Supplier<T> call) {
        String outer = current.get();
        current.set(submitter);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /** The submitter of the calling thread, or {@link #INTERNAL}. */
    public String current() {
        String submitter = current.get();
        return submitter == null ? INTERNAL : submitter;
    }
}

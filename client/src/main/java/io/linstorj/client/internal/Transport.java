package io.linstorj.client.internal;

import com.google.protobuf.MessageLite;
import io.linstorj.client.LinstorNetworkError;
import java.time.Duration;
import java.util.List;

/**
 * How a {@code Linstor} reaches its controller: one call in, its complete answer out.
 *
 * <p>Every call is named as on the client protocol ({@code CrtNode}, {@code LstRsc}, ...) and
 * carries the protocol's request bodies built by {@link Requests} and {@link GroupRequests}, so
 * that each transport gets the very same request: the binary transport sends the bodies as they
 * are, the REST transport translates them into LINSTOR's REST API v1. Implementations are
 * thread-safe.
 */
public interface Transport extends AutoCloseable {
    /**
     * Sends call {@code call} with {@code bodies} and waits at most {@code timeout} for its answer.
     *
     * @throws LinstorNetworkError if no answer came in time or the controller is unreachable; the
     *     controller may have applied the call
     */
    Answer call(String call, Duration timeout, List<MessageLite> bodies);

    /** The snapshot and clone calls, which each transport carries in its own shapes. */
    SnapshotCalls snapshots();

    /** True until closed (and, for a connection-oriented transport, until the connection is lost). */
    boolean isOpen();

    /** The controller's URI, e.g. {@code linstor://127.0.0.1:3376} or {@code http://127.0.0.1:3370}. */
    String uri();

    /** Releases the transport's connections and threads; idempotent. */
    @Override
    void close();
}

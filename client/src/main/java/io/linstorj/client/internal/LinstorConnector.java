package io.linstorj.client.internal;

import io.linstorj.client.Linstor;
import java.util.function.Function;

/**
 * How the high-level objects ({@code Resource}, {@code KV}, {@code ResourceGroup}) reach the
 * controller: each operation gets a connected {@link Linstor} for its calls.
 */
public interface LinstorConnector {
    /**
     * Runs {@code work} with a connected client and returns its result.
     *
     * @throws io.linstorj.client.LinstorNetworkError if the controller cannot be reached
     */
    <T> T call(Function<Linstor, T> work);

    /** The controller's URI, for messages. */
    String uri();

    /**
     * A connector that opens a connection to {@code uri} for each operation and closes it after:
     * the high-level objects hold no connection (nor thread) between operations.
     *
     * @throws IllegalArgumentException if {@code uri} is malformed
     */
    static LinstorConnector connectingTo(String uri) {
        String checked = ControllerAddress.parse(uri).uri();
        return new LinstorConnector() {
            @Override
            public <T> T call(Function<Linstor, T> work) {
                try (Linstor lin = Linstor.connect(uri)) {
                    return work.apply(lin);
                }
            }

            @Override
            public String uri() {
                return checked;
            }
        };
    }

    /** A connector that uses {@code client} as it is, connected by its owner, who also closes it. */
    static LinstorConnector sharing(Linstor client) {
        return new LinstorConnector() {
            @Override
            public <T> T call(Function<Linstor, T> work) {
                return work.apply(client);
            }

            @Override
            public String uri() {
                return client.uri();
            }
        };
    }
}

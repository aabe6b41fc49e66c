package io.linstorj.satellite.link;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The node name this satellite answers to. Fixed by configuration, or by the first controller
 * that authenticates; afterwards a controller naming another node is refused, so that one
 * satellite never realises two nodes' state. Only a controller that proved the cluster's secret
 * gets to claim a name.
 */
public final class NodeIdentity {
    private final AtomicReference<String> name;

    /** Creates an identity, bound already when {@code configured} is present. */
    public NodeIdentity(Optional<String> configured) {
        this.name = new AtomicReference<>(configured.orElse(null));
    }

    /**
     * Binds to {@code requested} if still unbound.
     *
     * @return true when the satellite is (now) {@code requested}
     */
    public boolean claim(String requested) {
        return name.compareAndSet(null, requested) || requested.equals(name.get());
    }

    /** True if the satellite is, or may still become, {@code requested}; binds nothing. */
    public boolean accepts(String requested) {
        String bound = name.get();
        return bound == null || bound.equals(requested);
    }

    /** The bound name, if any. */
    public Optional<String> name() {
        return Optional.ofNullable(name.get());
    }
}

package io.linstorj.satellite.drbd;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one {@link DrbdDriver}: drivers keep their listeners here and notify them
 * through it. A listener that throws is logged and does not keep the others from hearing.
 */
public final class DrbdStateListeners {
    private static final Logger LOG = LoggerFactory.getLogger(DrbdStateListeners.class);

    private final List<DrbdStateListener> listeners = new CopyOnWriteArrayList<>();

    /** Creates an empty set of listeners. */
    public DrbdStateListeners() {}

    /** Adds a listener. */
    public void add(DrbdStateListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void remove(DrbdStateListener listener) {
        listeners.remove(listener);
    }

    /** Tells every listener that a resource changed. */
    public void changed(DrbdResourceState state) {
        for (DrbdStateListener listener : listeners) {
            try {
                listener.resourceChanged(state);
            } catch (RuntimeException e) {
                LOG.warn("DRBD state listener {} failed on a change of resource {}", listener, state.name(), e);
            }
        }
    }

    /** Tells every listener that a resource is gone. */
    public void removed(String resourceName) {
        for (DrbdStateListener listener : listeners) {
            try {
                listener.resourceRemoved(resourceName);
            } catch (RuntimeException e) {
                LOG.warn("DRBD state listener {} failed on the removal of resource {}", listener, resourceName, e);
            }
        }
    }
}

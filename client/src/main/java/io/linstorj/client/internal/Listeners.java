package io.linstorj.client.internal;

import io.linstorj.client.LinstorNetworkError;
import io.linstorj.protocol.ProtocolMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one connection: registration, and dispatch that one failing listener cannot stop. */
final class Listeners implements ConnectionListener {
    private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile @Nullable LinstorNetworkError closedBy;

    void add(ConnectionListener listener) {
        listeners.add(listener);
        LinstorNetworkError cause = closedBy;
        if (cause != null && listeners.remove(listener)) {
            notifyClosed(listener, cause);
        }
    }

    void remove(ConnectionListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void onOneway(ProtocolMessage message) {
        for (ConnectionListener listener : listeners) {
            try {
                listener.onOneway(message);
            } catch (RuntimeException e) {
                LOG.warn("listener {} failed on a '{}' frame", listener, message.content(), e);
            }
        }
    }

    @Override
    public void onClosed(LinstorNetworkError cause) {
        closedBy = cause;
        for (ConnectionListener listener : listeners) {
            if (listeners.remove(listener)) {
                notifyClosed(listener, cause);
            }
        }
    }

    private static void notifyClosed(ConnectionListener listener, LinstorNetworkError cause) {
        try {
            listener.onClosed(cause);
        } catch (RuntimeException e) {
            LOG.warn("listener {} failed on the end of its connection", listener, e);
        }
    }
}

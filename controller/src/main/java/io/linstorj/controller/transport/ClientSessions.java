package io.linstorj.controller.transport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The open client sessions of the controller. Thread-safe. */
public final class ClientSessions {
    private final Map<String, ClientSession> open = new ConcurrentHashMap<>();
    private final List<ClientSessionListener> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener for sessions opened from now on and closed. */
    public void addListener(ClientSessionListener listener) {
        listeners.add(listener);
    }

    /** The open sessions. */
    public Collection<ClientSession> all() {
        return List.copyOf(open.values());
    }

    void opened(ClientSession session) {
        open.put(session.id(), session);
        listeners.forEach(listener -> listener.sessionOpened(session));
    }

    void closed(ClientSession session) {
        if (open.remove(session.id()) != null) {
            listeners.forEach(listener -> listener.sessionClosed(session));
        }
    }
}

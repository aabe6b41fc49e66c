package io.linstorj.controller.event;

/** What happened to a stream; the names are the client protocol's event actions. */
public enum EventAction {
    /** The stream exists: its current value (on subscribe, or when it appears). */
    OPEN("Open"),
    /** The stream's value changed. */
    VALUE("Value"),
    /** The node's satellite connection was lost: the value is unknown until it is back. */
    CLOSE_NO_CONNECTION("CloseNoConnection"),
    /** The object was deleted. */
    CLOSE_REMOVED("CloseRemoved");

    private final String wireName;

    EventAction(String wireName) {
        this.wireName = wireName;
    }

    /** The action's name on the wire. */
    public String wireName() {
        return wireName;
    }
}

package io.linstorj.controller.cluster;

import java.util.Optional;

/** The role of a node, with LINSTOR's spelling ("Satellite", ...). */
public enum NodeType {
    SATELLITE("Satellite"),
    CONTROLLER("Controller"),
    COMBINED("Combined"),
    AUXILIARY("Auxiliary");

    private final String linstorName;

    NodeType(String linstorName) {
        this.linstorName = linstorName;
    }

    /** LINSTOR's spelling of the type. */
    public String linstorName() {
        return linstorName;
    }

    /** True when a satellite runs on such a node, so that it needs a satellite connection. */
    public boolean runsSatellite() {
        return this == SATELLITE || this == COMBINED;
    }

    /** Parses either spelling ("SATELLITE", "Satellite"), ignoring case. */
    public static Optional<NodeType> parse(String text) {
        for (NodeType type : values()) {
            if (type.name().equalsIgnoreCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

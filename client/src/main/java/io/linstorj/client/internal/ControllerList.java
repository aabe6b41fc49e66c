package io.linstorj.client.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a list of controllers as python-linstor reads {@code LS_CONTROLLERS}: comma-separated
 * entries, blanks skipped, each {@code host}, {@code host:port} or a URI with its scheme.
 *
 * <p>python-linstor speaks only REST, so an entry without scheme names a REST controller:
 * {@code http://host[:port]}, port 3370 by default. An entry with a scheme keeps it
 * ({@code linstor://} is the client protocol).
 */
public final class ControllerList {
    /** The environment variable python-linstor reads its controllers from. */
    public static final String LS_CONTROLLERS = "LS_CONTROLLERS";
    /** The controllers when none are named: python-linstor's {@code localhost}. */
    public static final String DEFAULT = "localhost";

    private ControllerList() {}

    /**
     * The controller URIs of {@code list}; {@code localhost} over REST when it names none.
     *
     * @throws IllegalArgumentException if an entry is not a controller URI
     */
    public static List<String> parse(String list) {
        List<String> uris = new ArrayList<>();
        for (String entry : list.split(",")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                String uri = trimmed.contains("://") ? trimmed : "http://" + trimmed;
                uris.add(ControllerAddress.parse(uri).uri());
            }
        }
        return uris.isEmpty()
                ? List.of(ControllerAddress.parse("http://" + DEFAULT).uri())
                : List.copyOf(uris);
    }
}

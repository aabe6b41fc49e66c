package io.linstorj.client.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where the controller is: a parsed controller URI such as {@code linstor://127.0.0.1:3376}.
 *
 * <p>Schemes: {@code linstor} (client protocol, port 3376), {@code linstor+ssl} (3377),
 * {@code http} (REST, 3370) and {@code https} (3371). A URI without a scheme means
 * {@code linstor://}. {@code linstor} and {@code http(s)} are spoken; {@code linstor+ssl} not yet.
 *
 * @param scheme the lower-case scheme
 * @param host the host name or address (IPv6 without brackets)
 * @param port the port, the scheme's default when the URI has none
 */
public record ControllerAddress(String scheme, String host, int port) {
    /** Scheme of the plain client protocol. */
    public static final String LINSTOR = "linstor";
    /** Scheme of the client protocol over TLS. */
    public static final String LINSTOR_SSL = "linstor+ssl";

    private static final Map<String, Integer> DEFAULT_PORTS =
            Map.of(LINSTOR, 3376, LINSTOR_SSL, 3377, "http", 3370, "https", 3371);

    /**
     * Parses {@code uri}.
     *
     * @throws IllegalArgumentException if it is not {@code scheme://host[:port]} with a known scheme
     */
    public static ControllerAddress parse(String uri) {
        String withScheme = uri.contains("://") ? uri : LINSTOR + "://" + uri;
        URI parsed;
        try {
            parsed = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed controller URI '" + uri + "': " + e.getMessage(), e);
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        Integer defaultPort = DEFAULT_PORTS.get(scheme);
        if (defaultPort == null) {
            throw new IllegalArgumentException("unsupported scheme '" + scheme + "' in controller URI '" + uri
                    + "': use linstor://host[:port] or http(s)://host[:port]");
        }
        String host = parsed.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("controller URI '" + uri + "' names no host: use linstor://host[:port]");
        }
        String path = parsed.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/"))
                || parsed.getRawQuery() != null
                || parsed.getRawUserInfo() != null
                || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException("controller URI '" + uri + "' must be scheme://host[:port] only");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = parsed.getPort() == -1 ? defaultPort : parsed.getPort();
        return new ControllerAddress(scheme, host, port);
    }

    /** True for {@code linstor://}, the plain client protocol. */
    public boolean isClientProtocolPlain() {
        return LINSTOR.equals(scheme);
    }

    /** True for {@code http://} and {@code https://}: LINSTOR's REST API v1. */
    public boolean isRest() {
        return "http".equals(scheme) || "https".equals(scheme);
    }

    /** The address as a URI, e.g. {@code linstor://127.0.0.1:3376}. */
    public String uri() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + hostPart + ":" + port;
    }

    @Override
    public String toString() {
        return uri();
    }
}

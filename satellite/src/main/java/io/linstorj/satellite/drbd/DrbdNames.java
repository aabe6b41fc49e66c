package io.linstorj.satellite.drbd;

import io.linstorj.common.net.IpLiterals;
import java.util.regex.Pattern;

/**
 * The validation rules for everything that ends up in a DRBD configuration file.
 *
 * <p>Names follow LINSTOR's rules (resource names of 2 to 48 characters, node names that are
 * host names); numbers follow DRBD 9's limits. Every check throws an
 * {@link IllegalArgumentException} that names the field, the refused value and what is allowed.
 */
final class DrbdNames {
    static final int MAX_NODE_ID = 31;
    static final int MAX_MINOR = (1 << 20) - 1;
    static final int MAX_VOLUME_NUMBER = 65535;
    static final int MAX_SHARED_SECRET_LENGTH = 64;

    private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{1,47}");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern GENERATION_ID = Pattern.compile("[0-9A-F]{16}");

    private DrbdNames() {}

    static String resourceName(String name) {
        require(
                name != null && RESOURCE_NAME.matcher(name).matches(),
                "invalid DRBD resource name '%s': use 2 to 48 characters out of letters, digits, '_' "
                        + "and '-', starting with a letter or '_'",
                name);
        return name;
    }

    static String nodeName(String name) {
        boolean valid = name != null
                && name.length() >= 2
                && name.length() <= 253
                && !name.startsWith(".")
                && !name.endsWith(".")
                && !name.contains("..");
        if (valid) {
            for (String label : name.split("\\.")) {
                valid &= HOST_LABEL.matcher(label).matches();
            }
        }
        require(
                valid,
                "invalid node name '%s': a node name is a host name of 2 to 253 characters, "
                        + "dot-separated labels of letters, digits and inner '-'",
                name);
        return name;
    }

    static int port(int port) {
        require(port >= 1 && port <= 65535, "invalid DRBD TCP port %s: use 1 to 65535", port);
        return port;
    }

    static int nodeId(int nodeId) {
        require(nodeId >= 0 && nodeId <= MAX_NODE_ID, "invalid DRBD node id %s: use 0 to %s", nodeId, MAX_NODE_ID);
        return nodeId;
    }

    static int minor(int minor) {
        require(minor >= 0 && minor <= MAX_MINOR, "invalid DRBD minor number %s: use 0 to %s", minor, MAX_MINOR);
        return minor;
    }

    static int volumeNumber(int number) {
        require(
                number >= 0 && number <= MAX_VOLUME_NUMBER,
                "invalid DRBD volume number %s: use 0 to %s",
                number,
                MAX_VOLUME_NUMBER);
        return number;
    }

    static String sharedSecret(String secret) {
        require(
                secret != null
                        && !secret.isEmpty()
                        && secret.length() <= MAX_SHARED_SECRET_LENGTH
                        && isPrintableAscii(secret),
                "invalid DRBD shared secret: use 1 to %s printable ASCII characters",
                MAX_SHARED_SECRET_LENGTH);
        return secret;
    }

    static String diskPath(String path) {
        require(
                path != null && path.startsWith("/") && path.length() <= 4096 && isPrintableAscii(path),
                "invalid backing disk path '%s': use an absolute path of printable ASCII characters",
                path);
        return path;
    }

    static String generationId(String generationId) {
        require(
                generationId != null && GENERATION_ID.matcher(generationId).matches(),
                "invalid DRBD generation id '%s': use 16 upper-case hexadecimal digits",
                generationId);
        return generationId;
    }

    /** Accepts an IPv4 or IPv6 literal; never resolves a host name. */
    static String ipAddress(String address) {
        require(
                address != null && (IPV4.matcher(address).matches() || IpLiterals.isIpv6(address, false)),
                "invalid address '%s': use an IPv4 or IPv6 literal",
                address);
        return address;
    }

    static boolean isIpv6(String address) {
        return address.indexOf(':') >= 0;
    }

    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    static void require(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(format, args));
        }
    }
}

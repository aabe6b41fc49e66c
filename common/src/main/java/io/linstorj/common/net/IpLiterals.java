package io.linstorj.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Tells IP address literals from other text without asking DNS: a string of hexadecimal digits,
 * dots and colons with a colon in it is parsed as a literal by {@link InetAddress}, never looked
 * up.
 *
 * <pre>{@code
 * IpLiterals.isIpv6("fd00::11", false);      // true
 * IpLiterals.isIpv6("fe80::1%1", true);      // true: a zone where the caller allows one
 * IpLiterals.isIpv6("alpha.example", false); // false, and no DNS query
 * }</pre>
 */
public final class IpLiterals {
    /** The longest IPv6 literal, IPv4-mapped with every group written out, has 45 characters. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private static final Pattern ZONE = Pattern.compile("%[A-Za-z0-9_.-]+");

    private IpLiterals() {}

    /**
     * True if {@code text} is an IPv6 address literal (without brackets).
     *
     * @param zoneAllowed whether a zone (a scope number, or the name of an interface this machine has) may
     *     follow the address after a {@code %}
     */
    public static boolean isIpv6(String text, boolean zoneAllowed) {
        if (text == null) {
            return false;
        }
        int percent = text.indexOf('%');
        String address = percent < 0 ? text : text.substring(0, percent);
        if (percent >= 0
                && (!zoneAllowed || !ZONE.matcher(text.substring(percent)).matches())) {
            return false;
        }
        if (!address.contains(":") || !IPV6.matcher(address).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(text);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package io.linstorj.controller.node;

import io.linstorj.common.RetCodes;
import io.linstorj.common.net.IpLiterals;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.api.NameRules;
import io.linstorj.controller.api.TextRules;
import io.linstorj.controller.cluster.NetInterface;
import io.linstorj.controller.state.ColumnLimits;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of net interface fields: name, IP address, satellite port and encryption type. */
final class NetInterfaceRules {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private NetInterfaceRules() {}

    /** Checks every field and builds the interface. */
    static NetInterface build(String name, String address, int satellitePort, String encryptionType, CallContext ctx) {
        NameRules.netInterfaceName(name, ctx);
        return new NetInterface(name, address(address, ctx), port(satellitePort, ctx), encryption(encryptionType, ctx));
    }

    /** Checks an IP address literal (IPv4 or IPv6); host names are refused. */
    static String address(String address, CallContext ctx) {
        if (address == null
                || address.length() > ColumnLimits.NET_ADDRESS
                || !(isIpv4(address) || IpLiterals.isIpv6(address, true))) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NET_ADDR,
                    "Invalid IP address " + TextRules.shown(address) + ".",
                    "A net interface needs an IPv4 or IPv6 address literal; host names are not resolved.",
                    "Give an address such as 127.0.0.11.");
        }
        return address;
    }

    /** Checks a satellite port: 0 (none) or 1-65535. */
    static int port(int port, CallContext ctx) {
        if (port < 0 || port > 65535) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NET_PORT,
                    "Invalid satellite port " + port + ".",
                    "A port lies between 1 and 65535.",
                    "Use the satellite's port, 3366 by default.");
        }
        return port;
    }

    /** Checks and normalises an encryption type; empty means PLAIN. */
    static String encryption(String type, CallContext ctx) {
        String normalised = type == null || type.isEmpty() ? NetInterface.PLAIN : type.toUpperCase(Locale.ROOT);
        if (!normalised.equals(NetInterface.PLAIN) && !normalised.equals(NetInterface.SSL)) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_NET_TYPE,
                    "Invalid satellite connection encryption type '" + type + "'.",
                    "The encryption type is PLAIN or SSL.",
                    "Use PLAIN or SSL.");
        }
        return normalised;
    }

    private static boolean isIpv4(String address) {
        var matcher = IPV4.matcher(address);
        if (!matcher.matches()) {
            return false;
        }
        for (int group = 1; group <= 4; group++) {
            if (Integer.parseInt(matcher.group(group)) > 255) {
                return false;
            }
        }
        return true;
    }
}

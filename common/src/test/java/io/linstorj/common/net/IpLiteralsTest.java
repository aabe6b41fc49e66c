package io.linstorj.common.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpLiteralsTest {
    @Test
    void ipv6LiteralsAreRecognised() {
        assertThat(IpLiterals.isIpv6("::1", false)).isTrue();
        assertThat(IpLiterals.isIpv6("fd00:0:0:0:0:0:0:11", false)).isTrue();
        assertThat(IpLiterals.isIpv6("::ffff:127.0.0.11", false)).isTrue();
    }

    @Test
    void aZoneCountsOnlyWhereTheCallerAllowsOne() {
        assertThat(IpLiterals.isIpv6("fe80::1%1", true)).isTrue();
        assertThat(IpLiterals.isIpv6("fe80::1%1", false)).isFalse();
        assertThat(IpLiterals.isIpv6("fe80::1%", true)).isFalse();
        assertThat(IpLiterals.isIpv6("fe80::1%1 0", true)).isFalse();
    }

    @Test
    void ipv4HostNamesAndGarbageAreNotIpv6() {
        assertThat(IpLiterals.isIpv6("127.0.0.11", false)).isFalse();
        assertThat(IpLiterals.isIpv6("alpha.example", false)).isFalse();
        assertThat(IpLiterals.isIpv6("1:2:3:4:5:6:7:8:9", false)).isFalse();
        assertThat(IpLiterals.isIpv6(":::", false)).isFalse();
        assertThat(IpLiterals.isIpv6("", false)).isFalse();
        assertThat(IpLiterals.isIpv6(null, false)).isFalse();
        assertThat(IpLiterals.isIpv6("::1" + ":0".repeat(30), false)).isFalse();
    }
}

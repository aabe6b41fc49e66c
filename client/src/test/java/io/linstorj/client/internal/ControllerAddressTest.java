package io.linstorj.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ControllerAddressTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "linstor://localhost, linstor, localhost, 3376",
        "linstor://127.0.0.1:4000, linstor, 127.0.0.1, 4000",
        "linstor://127.0.0.1/, linstor, 127.0.0.1, 3376",
        "LINSTOR://127.0.0.1, linstor, 127.0.0.1, 3376",
        "linstor+ssl://127.0.0.1, linstor+ssl, 127.0.0.1, 3377",
        "http://127.0.0.1, http, 127.0.0.1, 3370",
        "https://127.0.0.1, https, 127.0.0.1, 3371",
        "127.0.0.1, linstor, 127.0.0.1, 3376",
        "127.0.0.1:4001, linstor, 127.0.0.1, 4001",
        "'linstor://[::1]:4002', linstor, ::1, 4002",
    })
    void parsesControllerUris(String uri, String scheme, String host, int port) {
        assertThat(ControllerAddress.parse(uri)).isEqualTo(new ControllerAddress(scheme, host, port));
    }

    @Test
    void rendersTheUriWithItsPort() {
        assertThat(ControllerAddress.parse("linstor://localhost").uri()).isEqualTo("linstor://localhost:3376");
        assertThat(ControllerAddress.parse("linstor://[::1]").uri()).isEqualTo("linstor://[::1]:3376");
    }

    @Test
    void onlyThePlainClientProtocolIsSpoken() {
        assertThat(ControllerAddress.parse("linstor://localhost").isClientProtocolPlain())
                .isTrue();
        assertThat(ControllerAddress.parse("linstor+ssl://localhost").isClientProtocolPlain())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://127.0.0.1",
                "linstor://",
                "linstor://127.0.0.1/path",
                "linstor://user@127.0.0.1",
                "linstor://127.0.0.1?x=1",
                "linstor://127.0.0.1:port",
                "linstor://bad host"
            })
    void refusesWhatIsNotAControllerUri(String uri) {
        assertThatThrownBy(() -> ControllerAddress.parse(uri))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(uri.contains("ftp") ? "unsupported scheme" : "");
    }
}

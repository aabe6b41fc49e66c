package io.linstorj.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** LS_CONTROLLERS as python-linstor reads it. */
class ControllerListTest {

    @Test
    void bareHostsAreRestControllersOnPort3370() {
        assertThat(ControllerList.parse("127.0.0.1,127.0.0.2:4000"))
                .containsExactly("http://127.0.0.1:3370", "http://127.0.0.2:4000");
    }

    @Test
    void entriesWithSchemeKeepIt() {
        assertThat(ControllerList.parse(" https://127.0.0.1 , linstor://127.0.0.2 ,http://127.0.0.3:8080"))
                .containsExactly("https://127.0.0.1:3371", "linstor://127.0.0.2:3376", "http://127.0.0.3:8080");
    }

    @Test
    void blankEntriesAreSkippedAndNoneMeansLocalhost() {
        assertThat(ControllerList.parse("127.0.0.1,, ,")).containsExactly("http://127.0.0.1:3370");
        assertThat(ControllerList.parse("")).containsExactly("http://localhost:3370");
        assertThat(ControllerList.parse(" , ")).containsExactly("http://localhost:3370");
    }

    @Test
    void malformedEntryIsRefused() {
        assertThatThrownBy(() -> ControllerList.parse("127.0.0.1,ftp://127.0.0.2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp");
        assertThatThrownBy(() -> ControllerList.parse("http://127.0.0.1/v1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ConnectionCounterTest {
    private static InetAddress address(String text) throws Exception {
        return InetAddress.getByName(text);
    }

    @Test
    void releasedConnectionsMakeRoomAgain() throws Exception {
        ConnectionCounter counter = new ConnectionCounter(2, 2);
        assertThat(counter.tryAcquire(address("127.0.0.1"))).isEmpty();
        assertThat(counter.tryAcquire(address("127.0.0.2"))).isEmpty();
        assertThat(counter.tryAcquire(address("127.0.0.3")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("--max-connections 2"));

        counter.release(address("127.0.0.1"));

        assertThat(counter.tryAcquire(address("127.0.0.3"))).isEmpty();
        assertThat(counter.total()).isEqualTo(2);
    }

    @Test
    void releasingAnAddressNeverAdmittedChangesNothing() throws Exception {
        ConnectionCounter counter = new ConnectionCounter(2, 1);
        assertThat(counter.tryAcquire(address("127.0.0.1"))).isEmpty();

        counter.release(address("127.0.0.9"));

        assertThat(counter.total()).isEqualTo(1);
        assertThat(counter.tryAcquire(address("127.0.0.1"))).isPresent();
    }
}

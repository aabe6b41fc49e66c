package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over the client protocol the snapshot calls are refused before anything is sent: the protocol
 * has no snapshot messages yet, and the refusal says so and names the way that works (REST).
 */
class SnapshotsOverBinaryTest {
    private FakeController controller;
    private Linstor lin;

    @BeforeEach
    void connect() {
        controller = FakeController.start();
        lin = Linstor.connect(controller.uri());
    }

    @AfterEach
    void disconnect() {
        lin.close();
        controller.close();
    }

    @Test
    void everySnapshotCallIsRefusedAsNotSupportedOverTheBinaryProtocolYet() {
        List<ThrowingCallable> calls = List.of(
                () -> lin.snapshotCreate("rsc1", "s1"),
                () -> lin.snapshotList(),
                () -> lin.snapshotDelete("rsc1", "s1"),
                () -> lin.snapshotVolumeDfnRestore("rsc1", "s1", "rsc2"),
                () -> lin.snapshotRestore("rsc1", "s1", "rsc2"),
                () -> lin.snapshotRollback("rsc1", "s1"),
                () -> lin.resourceDfnClone("rsc1", "rsc2"));

        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call)
                    .isExactlyInstanceOf(LinstorError.class)
                    .hasMessageContaining("is not supported over the binary protocol (" + lin.uri() + ") yet")
                    .hasMessageContaining("http:// or https://");
        }
        assertThat(controller.drainCallNames()).isEmpty();
    }

    @Test
    void theHighLevelSnapshotOperationsAreRefusedAlike() {
        Resource rsc1 = new Resource("rsc1", lin);

        assertThatThrownBy(() -> rsc1.snapshot("s1")).hasMessageContaining("not supported over the binary protocol");
        assertThatThrownBy(() -> rsc1.rollback("s1")).hasMessageContaining("not supported over the binary protocol");
        assertThatThrownBy(() -> rsc1.clone("rsc2")).hasMessageContaining("not supported over the binary protocol");
        assertThatThrownBy(() -> rsc1.snapshot(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

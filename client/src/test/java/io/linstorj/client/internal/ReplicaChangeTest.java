package io.linstorj.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.client.internal.ReplicaChange.Replica;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each high-level replica operation does, for each thing a node may hold. */
class ReplicaChangeTest {
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "activate, NONE, CREATE_DISKLESS",
        "activate, DISKLESS, NONE",
        "activate, DISKFUL, NONE",
        "deactivate, NONE, NONE",
        "deactivate, DISKLESS, DELETE",
        "deactivate, DISKFUL, NONE",
        "diskful, NONE, CREATE_DISKFUL",
        "diskful, DISKLESS, MAKE_DISKFUL",
        "diskful, DISKFUL, NONE",
        "diskless, NONE, CREATE_DISKLESS",
        "diskless, DISKLESS, NONE",
        "diskless, DISKFUL, MAKE_DISKLESS",
    })
    void operationOnWhatTheNodeHolds(String operation, Replica current, ReplicaChange expected) {
        ReplicaChange change = switch (operation) {
            case "activate" -> ReplicaChange.forActivate(current);
            case "deactivate" -> ReplicaChange.forDeactivate(current);
            case "diskful" -> ReplicaChange.forDiskful(current);
            default -> ReplicaChange.forDiskless(current);
        };
        assertThat(change).isEqualTo(expected);
    }
}

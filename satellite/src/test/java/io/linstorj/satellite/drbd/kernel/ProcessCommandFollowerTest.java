package io.linstorj.satellite.drbd.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.drbd.DrbdException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessCommandFollowerTest {
    private final ProcessCommandFollower follower = new ProcessCommandFollower();

    @Test
    void aCommandThatCannotStartIsADrbdException() {
        assertThatThrownBy(() -> follower.follow(List.of("/nonexistent/drbdsetup", "events2"), line -> {}, exit -> {}))
                .isInstanceOf(DrbdException.class)
                .hasMessageContaining("'/nonexistent/drbdsetup events2' could not run");
    }

    @Test
    void followHandsOverEveryLineAndThenTheExitCode() throws InterruptedException {
        BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

        try (CommandFollower.FollowedCommand followed = follower.follow(
                List.of("sh", "-c", "echo 'exists -'; echo 'change resource name:rsc1 role:Primary'; exit 4"),
                heard::add,
                heard::add)) {
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("exists -");
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("change resource name:rsc1 role:Primary");
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo(4);
        }
    }

    @Test
    void closingAFollowedCommandStopsIt() throws InterruptedException {
        BlockingQueue<Integer> exit = new LinkedBlockingQueue<>();
        CommandFollower.FollowedCommand followed = follower.follow(List.of("sleep", "600"), line -> {}, exit::add);

        followed.close();

        assertThat(exit.poll(30, TimeUnit.SECONDS)).isNotNull().isNotZero();
    }
}

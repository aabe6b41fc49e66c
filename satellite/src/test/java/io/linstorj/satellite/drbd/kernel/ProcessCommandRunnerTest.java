package io.linstorj.satellite.drbd.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linstorj.satellite.drbd.DrbdException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner(Duration.ofSeconds(30));

    @Test
    void runCapturesExitCodeStdoutAndStderr() {
        CommandResult result = runner.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void aCommandThatCannotStartIsADrbdException() {
        assertThatThrownBy(() -> runner.run(List.of("/nonexistent/drbdadm", "adjust", "rsc1")))
            .isInstanceOf(DrbdException.class)
            .hasMessageContaining("'/nonexistent/drbdadm adjust rsc1' could not run");
    }

    @Test
    void followHandsOverEveryLineAndThenTheExitCode() throws InterruptedException {
        BlockingQueue<Object> heard = new LinkedBlockingQueue<>();

        try (CommandRunner.FollowedCommand followed = runner.follow(
            List.of("sh", "-c", "echo 'exists -'; echo 'change resource name:rsc1 role:Primary'; exit 4"),
            heard::add, heard::add)) {
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("exists -");
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("change resource name:rsc1 role:Primary");
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo(4);
        }
    }

    @Test
    void closingAFollowedCommandStopsIt() throws InterruptedException {
        BlockingQueue<Integer> exit = new LinkedBlockingQueue<>();
        CommandRunner.FollowedCommand followed =
            runner.follow(List.of("sleep", "600"), line -> { }, exit::add);

        followed.close();

        assertThat(exit.poll(30, TimeUnit.SECONDS)).isNotNull().isNotZero();
    }
}

package io.linstorj.satellite.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCommandRunnerTest {

    private final ProcessCommandRunner runner = new ProcessCommandRunner();

    @Test
    void runCapturesExitCodeAndBothOutputs() {
        CommandResult result = runner.run(Command.of("sh", "-c", "echo out; echo err >&2; exit 3"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void argumentsReachTheProgramUnquotedAndWithoutShell() {
        CommandResult result = runner.runChecked(Command.of("printf", "%s|", "a b", "$HOME", ";"));

        assertThat(result.stdout()).isEqualTo("a b|$HOME|;|");
    }

    @Test
    void runCheckedNamesTheCommandAndItsStderrOnFailure() {
        assertThatThrownBy(() ->
                        runner.runChecked(Command.of("sh", "-c", "echo 'Volume group \"vg0\" not found' >&2; exit 5")))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageContaining("sh -c")
                .hasMessageContaining("exit code 5")
                .hasMessageContaining("Volume group \"vg0\" not found")
                .satisfies(e -> assertThat(((CommandFailedException) e).result().exitCode())
                        .isEqualTo(5));
    }

    @Test
    void missingProgramIsReportedAsNotInstalled() {
        assertThatThrownBy(() -> runner.run(Command.of("linstorj-no-such-tool", "--version")))
                .isInstanceOf(ToolNotInstalledException.class)
                .hasMessageContaining("'linstorj-no-such-tool' is not installed");
        assertThat(runner.isInstalled("linstorj-no-such-tool")).isFalse();
        assertThat(runner.isInstalled("sh")).isTrue();
    }

    @Test
    void programsOutsideTheSearchPathCountAsNotInstalled() {
        var narrow = new ProcessCommandRunner(List.of(Path.of("/nonexistent-bin")));

        assertThat(narrow.isInstalled("sh")).isFalse();
        assertThatThrownBy(() -> narrow.run(Command.of("sh", "-c", "true")))
                .isInstanceOf(ToolNotInstalledException.class)
                .hasMessageContaining("/nonexistent-bin");
    }

    @Test
    void commandRunningPastItsTimeoutIsKilledAndReported() {
        Command slow = Command.of("sleep", "60").withTimeout(Duration.ofMillis(200));

        assertThatThrownBy(() -> runner.run(slow))
                .isInstanceOf(CommandTimeoutException.class)
                .hasMessageContaining("'sleep 60' did not finish");
    }

    @Test
    void toolsRunWithEnglishMessagesAndNoStandardInput() {
        CommandResult result = runner.runChecked(Command.of("sh", "-c", "echo \"$LC_ALL\"; cat; echo end"));

        assertThat(result.stdout()).isEqualTo("C\nend\n");
    }

    @Test
    void emptyCommandIsRejected() {
        assertThatThrownBy(() -> new Command(List.of(), Command.DEFAULT_TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.linstorj.satellite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code linstorj satellite} refuses a bad command line with one clear message before starting. */
class SatelliteCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void anUnknownDrbdDriverIsRefusedNamingTheAllowedOnes() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new SatelliteCommand());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int exitCode = commandLine.execute(
                "--data-dir", dataDir.toString(), "--listen", "127.0.0.11", "--port", "0", "--drbd-driver", "drbd8");

        assertThat(exitCode).as(err.toString()).isEqualTo(2);
        assertThat(err.toString())
                .contains("Invalid value for option '--drbd-driver': the DRBD driver must be one of auto, emulated,"
                        + " kernel, not 'drbd8'")
                .doesNotContain("Exception", "\tat ");
    }
}

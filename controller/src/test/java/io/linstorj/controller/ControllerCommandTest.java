package io.linstorj.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.protocol.ClientApiVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * How the controller's command line takes its options: the database password (never as an
 * argument), the cluster key file, the client API version to announce.
 */
class ControllerCommandTest {
    @TempDir
    Path dir;

    private ControllerConfig parse(Map<String, String> environment, String... args) {
        ControllerCommand command = new ControllerCommand(environment);
        new CommandLine(command).parseArgs(args);
        return command.config();
    }

    @Test
    void passwordOnTheCommandLineIsRefusedNamingTheAlternatives() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new ControllerCommand(Map.of()));
        line.setErr(new PrintWriter(err));

        int exit = line.execute(
                "--data-dir", dir.toString(), "--db-url", "jdbc:postgresql://127.0.0.1/x", "--db-password", "hunter2");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString())
                .contains("--db-password is not accepted", "--db-password-file", ControllerCommand.DB_PASSWORD_ENV)
                .doesNotContain("hunter2");
    }

    @Test
    void passwordComesFromTheEnvironment() {
        ControllerConfig config = parse(
                Map.of(ControllerCommand.DB_PASSWORD_ENV, "from-env"),
                "--data-dir",
                dir.toString(),
                "--db-url",
                "jdbc:postgresql://127.0.0.1/x");

        assertThat(config.jdbcPassword()).contains("from-env");
    }

    @Test
    void passwordFileWinsOverTheEnvironmentAndLosesItsLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "from-file\n");

        ControllerConfig config = parse(
                Map.of(ControllerCommand.DB_PASSWORD_ENV, "from-env"),
                "--data-dir",
                dir.toString(),
                "--db-url",
                "jdbc:postgresql://127.0.0.1/x",
                "--db-password-file",
                file.toString());

        assertThat(config.jdbcPassword()).contains("from-file");
    }

    @Test
    void noPasswordAnywhereIsNoPassword() {
        assertThat(parse(Map.of(), "--data-dir", dir.toString()).jdbcPassword()).isEmpty();
    }

    @Test
    void clusterSecretFileGoesIntoTheConfiguration() {
        Path file = dir.resolve("cluster-secret");

        assertThat(parse(Map.of(), "--data-dir", dir.toString(), "--cluster-secret-file", file.toString())
                        .clusterSecretFile())
                .contains(file);
    }

    @Test
    void clientApiVersionDefaultsToPythonLinstor09sAndTakesVersion3() {
        assertThat(parse(Map.of(), "--data-dir", dir.toString()).clientApiVersion())
                .isEqualTo(ClientApiVersion.CURRENT);
        assertThat(parse(Map.of(), "--data-dir", dir.toString(), "--client-api-version", "3")
                        .clientApiVersion())
                .isEqualTo(3);
    }

    @Test
    void clientApiVersionThisBuildDoesNotServeIsRefusedNamingTheRange() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new ControllerCommand(Map.of()));
        line.setErr(new PrintWriter(err));

        int exit = line.execute("--data-dir", dir.toString(), "--client-api-version", "5");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--client-api-version 5 is not served", "0.7.x", "0.9.x");
    }
}

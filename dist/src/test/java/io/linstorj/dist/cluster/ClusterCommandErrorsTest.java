package io.linstorj.dist.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.dist.LinstorjMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code linstorj cluster} answers a bad command line or a failed start with one clear message, no stack trace. */
class ClusterCommandErrorsTest {
    @TempDir
    Path dataDir;

    private record Outcome(int exitCode, String err) {}

    private Outcome cluster(String... options) {
        List<String> args = new ArrayList<>(
                List.of("cluster", "--data-dir", dataDir.resolve("cluster").toString()));
        args.addAll(List.of(options));
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new LinstorjMain());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        return new Outcome(exitCode, err.toString());
    }

    private static void assertClearRefusal(Outcome outcome, int exitCode, String message) {
        assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(exitCode);
        assertThat(outcome.err()).contains(message).doesNotContain("Exception", "\tat ");
    }

    @Test
    void controllerPortOutOfRangeIsRefused() {
        assertClearRefusal(
                cluster("--port", "70000"), 2, "the controller port must be 0 (ephemeral) to 65535, not 70000");
    }

    @Test
    void satellitePortOutOfRangeIsRefused() {
        assertClearRefusal(
                cluster("--satellite-port", "-1"), 2, "the satellite port must be 0 (ephemeral) to 65535, not -1");
    }

    @Test
    void noSatelliteIsRefused() {
        assertClearRefusal(cluster("--satellites", "0"), 2, "the number of satellites must be 1 to 20, not 0");
    }

    @Test
    void moreSatellitesThanAddressesAreRefused() {
        assertClearRefusal(cluster("--satellites", "21"), 2, "the number of satellites must be 1 to 20, not 21");
    }

    @Test
    void anUnknownDrbdDriverIsRefusedNamingTheAllowedOnes() {
        assertClearRefusal(
                cluster("--drbd-driver", "drbd8"),
                2,
                "the DRBD driver must be one of auto, emulated, kernel, not 'drbd8'");
    }

    @Test
    void dataDirThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dataDir.resolve("cluster"), "not a directory");

        assertClearRefusal(
                cluster("--port", "0", "--satellite-port", "0"),
                1,
                "the data directory " + file + " is a file, not a directory");
    }

    @Test
    void takenControllerPortIsNamedWithTheControllersOwnReason() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            Outcome outcome = cluster("--satellites", "1", "--port", Integer.toString(port), "--satellite-port", "0");

            assertClearRefusal(outcome, 1, "controller did not start");
            assertThat(outcome.err())
                    .contains("127.0.0.1:" + port, "Address already in use", "controller.log")
                    .doesNotContain("see controller.log");
        }
    }

    @Test
    void takenSatelliteAddressIsNamedWithTheSatellitesOwnReason() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.11"))) {
            int port = taken.getLocalPort();

            Outcome outcome = cluster("--satellites", "1", "--port", "0", "--satellite-port", Integer.toString(port));

            assertClearRefusal(outcome, 1, "alpha did not start");
            assertThat(outcome.err()).contains("127.0.0.11:" + port, "Address already in use");
        }
    }
}

package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.controller.state.DesiredState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL while the H2 file is being compacted loses no commit that returned. */
class H2CompactionCrashTest {
    /** Rewriting passes to see before the kill, so that it falls among passes, not before them. */
    private static final int PASSES_BEFORE_THE_KILL = 3;

    @TempDir
    Path dataDirectory;

    private Process writer;

    @AfterEach
    void killWriter() throws InterruptedException {
        if (writer != null) {
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyCommitThatReturnedBeforeASigkillAmongCompactionsIsInTheFileAfterwards() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        writer = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CompactingWriterMain.class.getName(),
                        dataDirectory.toString())
                .redirectError(dataDirectory.resolve("writer.log").toFile())
                .start();
        long acknowledged = -1;
        int passes = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Long.parseLong(line.substring(4));
                } else if (line.startsWith("COMPACTED ")) {
                    passes = Integer.parseInt(line.substring(10));
                    if (passes == PASSES_BEFORE_THE_KILL) {
                        // SIGKILL through the handle, which (unlike Process) leaves the pipe open:
                        // the lines the writer printed before it died are still to be read.
                        writer.toHandle().destroyForcibly();
                    }
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as("the writer's exit (137: SIGKILL)").isEqualTo(137);
        assertThat(passes).as("rewriting passes the writer reported").isEqualTo(PASSES_BEFORE_THE_KILL);

        DesiredState stored = new DesiredState();
        try (Database database = Database.open(Database.h2Url(dataDirectory), "sa", "")) {
            new JdbcStateStore(database).loadInto(stored);
        }

        String[] expected = new String[CompactingWriterMain.KEYS];
        Arrays.fill(expected, CompactingWriterMain.value(0));
        for (long write = 1; write <= acknowledged; write++) {
            expected[CompactingWriterMain.keyOfWrite(write)] = CompactingWriterMain.value((int) write);
        }
        // The write after the last acknowledged one may or may not have been committed.
        long unanswered = acknowledged + 1;
        int keyInDoubt = CompactingWriterMain.keyOfWrite(unanswered);
        for (int key = 0; key < CompactingWriterMain.KEYS; key++) {
            String value = stored.controllerProps().get(CompactingWriterMain.key(key));
            if (key == keyInDoubt) {
                assertThat(value).isIn(expected[key], CompactingWriterMain.value((int) unanswered));
            } else {
                assertThat(value)
                        .as("key %d after %d acknowledged writes", key, acknowledged)
                        .isEqualTo(expected[key]);
            }
        }
    }
}

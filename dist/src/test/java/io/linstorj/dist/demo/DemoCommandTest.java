package io.linstorj.dist.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code linstorj demo} runs every scenario against its own cluster and exits 0. */
class DemoCommandTest {
    @Test
    void demoRunsEveryScenarioAndExitsZero() {
        StringWriter output = new StringWriter();
        CommandLine demo = new CommandLine(new DemoCommand());
        demo.setOut(new PrintWriter(output, true));

        int exit = demo.execute();

        System.out.println(output);
        assertThat(exit).isZero();
        assertThat(output.toString())
                .contains("Demo finished")
                .contains("watchEvents returned:        Done")
                .contains("in /foo/bar (not /foo/baz):  [key=val]")
                .doesNotContain("FAILED")
                .containsPattern("alpha/0\\s+UpToDate\\s+/dev/drbd\\d+");
    }
}

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
                .contains("Value SnapshotDeployment snap/s1: Successful")
                .containsPattern("snaprestored on alpha:\\s+pattern A, as in the snapshot")
                .containsPattern("snap on bravo:\\s+pattern A, as in the snapshot")
                .containsPattern("snapclone on alpha:\\s+pattern A, as in the snapshot")
                .containsPattern("clone diskless nodes:\\s+\\[charlie\\]")
                .doesNotContain("NOT the snapshot's")
                .doesNotContain("FAILED")
                .containsPattern("alpha/0\\s+UpToDate\\s+/dev/drbd\\d+");
    }
}

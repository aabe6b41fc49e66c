package io.linstorj.bench.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuUseTest {
    @Test
    void usageNamesEveryThreadGroupTheChildProcessesAndTheWallTime() {
        CpuUse start = CpuUse.now(List.of());
        CpuUse end = CpuUse.now(List.of(ProcessHandle.current().pid()));

        assertThat(end.since(start, 2))
                .contains(
                        "controller event hub",
                        "controller Netty",
                        "client I/O threads",
                        "client watch threads",
                        "other Java threads",
                        "JIT compilers",
                        "garbage collector",
                        "satellite processes",
                        "of wall time (2 cores",
                        "garbage collections");
    }
}

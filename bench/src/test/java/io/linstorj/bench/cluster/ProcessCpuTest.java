package io.linstorj.bench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void theCompilerThreadsArePartOfTheProcessesTime() {
        long pid = ProcessHandle.current().pid();

        long compiler = ProcessCpu.compilerNanos(pid);
        long total = ProcessCpu.nanos(pid);

        assertThat(compiler).isBetween(0L, total);
    }

    @Test
    void aProcessThatIsGoneIsAnError() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long pid = process.pid();

        assertThatThrownBy(() -> ProcessCpu.compilerNanos(pid)).isInstanceOf(UncheckedIOException.class);
    }
}

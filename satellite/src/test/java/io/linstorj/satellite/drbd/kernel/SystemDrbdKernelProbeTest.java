package io.linstorj.satellite.drbd.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.linstorj.satellite.command.ScriptedCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemDrbdKernelProbeTest {
    @TempDir
    Path temp;

    private final ScriptedCommandRunner runner = new ScriptedCommandRunner();

    private SystemDrbdKernelProbe probe() {
        return new SystemDrbdKernelProbe(temp.resolve("proc-drbd"), temp.resolve("sys-version"), runner);
    }

    @Test
    void theLoadedModuleVersionComesFromProcDrbd() throws IOException {
        Files.writeString(
                temp.resolve("proc-drbd"),
                "version: 9.2.8 (api:2/proto:86-122)\n"
                        + "GIT-hash: e163b05a76254c0f51f999970e861d72bb16409a build by root, 2024-03-01\n"
                        + "Transports (api:20): tcp (9.2.8)\n");

        assertThat(probe().kernelModuleVersion()).contains("9.2.8");
        assertThat(runner.commandLines()).isEmpty();
    }

    @Test
    void theMainlineModuleShowsItsVersion8() throws IOException {
        Files.writeString(
                temp.resolve("proc-drbd"),
                "version: 8.4.11 (api:1/proto:86-101)\nsrcversion: 211FB288A383ED945B83420\n");

        assertThat(probe().kernelModuleVersion()).contains("8.4.11");
    }

    @Test
    void sysModuleVersionIsTheSecondSource() throws IOException {
        Files.writeString(temp.resolve("sys-version"), "9.1.19\n");

        assertThat(probe().kernelModuleVersion()).contains("9.1.19");
    }

    @Test
    void modinfoIsAskedWhenNoModuleIsLoaded() {
        runner.expect("modinfo -F version drbd", "9.2.8\n");

        assertThat(probe().kernelModuleVersion()).contains("9.2.8");
        assertThat(runner.commandLines()).containsExactly("modinfo -F version drbd");
    }

    @Test
    void noModuleAndNoModinfoMeansNoVersion() {
        runner.expectFailure("modinfo -F version drbd", 1, "modinfo: ERROR: Module drbd not found.");
        assertThat(probe().kernelModuleVersion()).isEmpty();

        runner.withoutProgram("modinfo");
        assertThat(probe().kernelModuleVersion()).isEmpty();
    }
}

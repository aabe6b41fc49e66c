package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.CommandException;
import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.command.ProcessCommandRunner;
import io.linstorj.satellite.drbd.DrbdKernelProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the DRBD kernel module of this machine: the loaded module's version from
 * {@code /proc/drbd} or {@code /sys/module/drbd/version}, else the version {@code modinfo drbd}
 * reports for a module available to load (drbdadm loads it on first use).
 */
public final class SystemDrbdKernelProbe implements DrbdKernelProbe {
    private static final Pattern PROC_VERSION = Pattern.compile("^version:\\s*(\\S+)", Pattern.MULTILINE);
    private static final Command MODINFO =
            Command.of("modinfo", "-F", "version", "drbd").withTimeout(Duration.ofSeconds(30));

    private final Path procDrbd;
    private final Path sysModuleVersion;
    private final CommandRunner runner;

    /** A probe of the running system. */
    public SystemDrbdKernelProbe() {
        this(Path.of("/proc/drbd"), Path.of("/sys/module/drbd/version"), new ProcessCommandRunner());
    }

    SystemDrbdKernelProbe(Path procDrbd, Path sysModuleVersion, CommandRunner runner) {
        this.procDrbd = procDrbd;
        this.sysModuleVersion = sysModuleVersion;
        this.runner = runner;
    }

    @Override
    public Optional<String> kernelModuleVersion() {
        return fromProcDrbd().or(this::fromSysModule).or(this::fromModinfo);
    }

    private Optional<String> fromProcDrbd() {
        Matcher matcher = PROC_VERSION.matcher(read(procDrbd));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private Optional<String> fromSysModule() {
        return Optional.of(read(sysModuleVersion).strip()).filter(version -> !version.isEmpty());
    }

    private Optional<String> fromModinfo() {
        try {
            CommandResult result = runner.run(MODINFO);
            return result.succeeded()
                    ? Optional.of(result.stdout().strip()).filter(version -> !version.isEmpty())
                    : Optional.empty();
        } catch (CommandException | UncheckedIOException noModinfo) {
            return Optional.empty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}

package io.linstorj.satellite.command;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs external commands as child processes, with a timeout and captured outputs.
 *
 * <p>Programs are looked up in a search path (by default {@code $PATH} followed by the sbin
 * directories, where lvm2, zfs and losetup live even when a service's PATH lacks them). The child
 * gets no standard input, so a tool that would prompt fails instead of hanging, and runs with
 * {@code LC_ALL=C}, so its messages are the English ones the parsers expect.
 */
public final class ProcessCommandRunner implements CommandRunner {

    private static final Logger log = LoggerFactory.getLogger(ProcessCommandRunner.class);
    private static final List<Path> SBIN_DIRS =
            List.of(Path.of("/usr/local/sbin"), Path.of("/usr/sbin"), Path.of("/sbin"));

    private final List<Path> searchPath;
    private final Path scratchDirectory;

    /** Creates a runner searching {@code $PATH} and the sbin directories. */
    public ProcessCommandRunner() {
        this(defaultSearchPath());
    }

    /** Creates a runner searching only {@code searchPath}, in order. */
    public ProcessCommandRunner(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
        this.scratchDirectory = Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Returns {@code $PATH}'s directories followed by the sbin directories, without duplicates. */
    public static List<Path> defaultSearchPath() {
        var dirs = new LinkedHashSet<Path>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        dirs.addAll(SBIN_DIRS);
        return List.copyOf(dirs);
    }

    @Override
    public boolean isInstalled(String program) {
        return locate(program).isPresent();
    }

    @Override
    public CommandResult run(Command command) {
        Path executable = locate(command.program())
                .orElseThrow(() -> new ToolNotInstalledException(
                        command, searchPath.stream().map(Path::toString).collect(Collectors.joining(":"))));
        var argv = new ArrayList<>(command.argv());
        argv.set(0, executable.toString());
        Path stdout = scratchFile("stdout");
        try {
            Path stderr = scratchFile("stderr");
            try {
                return runWithOutputsIn(command, argv, stdout, stderr);
            } finally {
                deleteQuietly(stderr);
            }
        } finally {
            deleteQuietly(stdout);
        }
    }

    private CommandResult runWithOutputsIn(Command command, List<String> argv, Path stdout, Path stderr) {
        var builder = new ProcessBuilder(argv)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("LC_ALL", "C");
        log.debug("running '{}'", command.commandLine());
        Process process = start(command, builder);
        awaitExit(command, process);
        return new CommandResult(command, process.exitValue(), read(stdout), read(stderr));
    }

    private static Process start(Command command, ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start '" + command.commandLine() + "'", e);
        }
    }

    private static void awaitExit(Command command, Process process) {
        try {
            if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new CommandTimeoutException(command);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new CommandInterruptedException(command, e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        // Reap the killed child so that it leaves no zombie; it cannot take long after SIGKILL.
        boolean interrupted = Thread.interrupted();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Path> locate(String program) {
        if (program.contains("/")) {
            Path direct = Path.of(program);
            return Files.isExecutable(direct) ? Optional.of(direct) : Optional.empty();
        }
        return searchPath.stream()
                .map(dir -> dir.resolve(program))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    private Path scratchFile(String stream) {
        try {
            return Files.createTempFile(scratchDirectory, "linstorj-command-", "." + stream);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a file for a command's " + stream, e);
        }
    }

    private static String read(Path file) {
        try {
            // Decoding replaces malformed bytes instead of failing: a tool's odd output must not hide
            // its exit code.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a command's output from " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the scratch file {}: {}", file, e.toString());
        }
    }
}

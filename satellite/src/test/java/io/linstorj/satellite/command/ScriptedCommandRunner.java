package io.linstorj.satellite.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link CommandRunner} for tests: it answers a script of expected command lines with recorded
 * outputs, in order, and records every command it is asked to run.
 *
 * <pre>{@code
 * var runner = new ScriptedCommandRunner()
 *     .expect("vgs ... vg0", ScriptedCommandRunner.recorded("lvm/vgs-vg0.txt"))
 *     .expectFailure("lvs ... vg0", 5, "  Volume group \"vg0\" not found");
 * }</pre>
 * A command that is not the next expected one fails the test with both command lines.
 */
public final class ScriptedCommandRunner implements CommandRunner {

    private static final String RESOURCES = "/io/linstorj/satellite/storage/";

    private final Deque<Expectation> script = new ArrayDeque<>();
    private final List<String> commandLines = new ArrayList<>();
    private final Set<String> missingPrograms = new HashSet<>();

    /** Expects {@code commandLine} next, answering exit code 0 with {@code stdout}. */
    public ScriptedCommandRunner expect(String commandLine, String stdout) {
        script.add(new Expectation(commandLine, 0, stdout, ""));
        return this;
    }

    /** Expects {@code commandLine} next, answering {@code exitCode} with {@code stderr}. */
    public ScriptedCommandRunner expectFailure(String commandLine, int exitCode, String stderr) {
        script.add(new Expectation(commandLine, exitCode, "", stderr));
        return this;
    }

    /** Makes {@code program} count as not installed. */
    public ScriptedCommandRunner withoutProgram(String program) {
        missingPrograms.add(program);
        return this;
    }

    /** Returns the command lines run so far, in order. */
    public List<String> commandLines() {
        return List.copyOf(commandLines);
    }

    /** Returns the expected command lines not run yet. */
    public List<String> pending() {
        return script.stream().map(Expectation::commandLine).toList();
    }

    /** Returns a recorded output from the test resources under io/linstorj/satellite/storage. */
    public static String recorded(String name) {
        try (InputStream in = ScriptedCommandRunner.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded output " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isInstalled(String program) {
        return !missingPrograms.contains(program);
    }

    @Override
    public CommandResult run(Command command) {
        commandLines.add(command.commandLine());
        if (missingPrograms.contains(command.program())) {
            throw new ToolNotInstalledException(command, "the test's PATH");
        }
        Expectation next = script.poll();
        if (next == null) {
            throw new AssertionError("unexpected command: " + command.commandLine());
        }
        if (!next.commandLine().equals(command.commandLine())) {
            throw new AssertionError(
                    "expected command: " + next.commandLine() + "\n        but ran: " + command.commandLine());
        }
        return new CommandResult(command, next.exitCode(), next.stdout(), next.stderr());
    }

    private record Expectation(String commandLine, int exitCode, String stdout, String stderr) {}
}

package io.linstorj.satellite.drbd.kernel;

import io.linstorj.satellite.command.Command;
import io.linstorj.satellite.command.CommandResult;
import io.linstorj.satellite.command.CommandRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Stands in for drbd-utils: records the command lines it is given, run or followed, and answers
 * a run with a scripted result; a followed command's output is fed by the test through
 * {@link #emit}.
 */
final class FakeCommandRunner implements CommandRunner, CommandFollower {
    private final List<List<String>> commands = new ArrayList<>();
    private Function<Command, CommandResult> answers = command -> ok(command);
    private Consumer<String> followedLines;
    private IntConsumer followedExit;
    private int follows;
    private boolean followClosed;

    static CommandResult ok(Command command) {
        return new CommandResult(command, 0, "", "");
    }

    static CommandResult failed(Command command, int exitCode, String stderr) {
        return new CommandResult(command, exitCode, "", stderr);
    }

    /** Answers every command from now on with {@code answers}. */
    synchronized void answer(Function<Command, CommandResult> newAnswers) {
        this.answers = newAnswers;
    }

    @Override
    public synchronized CommandResult run(Command command) {
        commands.add(command.argv());
        return answers.apply(command);
    }

    @Override
    public boolean isInstalled(String program) {
        return true;
    }

    @Override
    public synchronized FollowedCommand follow(List<String> command, Consumer<String> onLine, IntConsumer onExit) {
        commands.add(command);
        follows++;
        followedLines = onLine;
        followedExit = onExit;
        followClosed = false;
        return () -> {
            synchronized (this) {
                followClosed = true;
            }
        };
    }

    /** Feeds lines to the followed command's consumer, as if the command printed them. */
    void emit(String... lines) {
        Consumer<String> consumer;
        synchronized (this) {
            consumer = followedLines;
        }
        for (String line : lines) {
            consumer.accept(line);
        }
    }

    /** Ends the followed command with {@code exitCode}. */
    void exitFollowed(int exitCode) {
        IntConsumer exit;
        synchronized (this) {
            exit = followedExit;
        }
        exit.accept(exitCode);
    }

    synchronized List<List<String>> commands() {
        return List.copyOf(commands);
    }

    synchronized void clear() {
        commands.clear();
    }

    synchronized int follows() {
        return follows;
    }

    synchronized boolean followClosed() {
        return followClosed;
    }
}

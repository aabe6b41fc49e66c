package io.linstorj.bench;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What one benchmark scenario prints: a title, the machine, how it was set up, a table of
 * latencies, a table of other figures, and notes. Every scenario prints through this class, so
 * all look alike.
 *
 * <pre>{@code
 * Report report = new Report("controller", Machine.current());
 * report.setup("16 clients, in-process controller");
 * report.latency("list 10,000 rds", lists.summary(), OptionalDouble.empty(),
 *     Check.of(Target.below("p50 < 50 ms", 50), lists.summary().p50Millis()));
 * report.print(out);
 * }</pre>
 */
public final class Report {
    private final String scenario;
    private final Machine machine;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<String> setup = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Table latencies =
            new Table("figure", "n", "rate/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "target", "result");
    private final Table values = new Table("figure", "value", "target", "result");

    /** A report of {@code scenario}, run on {@code machine}. */
    public Report(String scenario, Machine machine) {
        this.scenario = scenario;
        this.machine = machine;
    }

    /** Adds a line saying how the scenario was set up (sizes, counts, what runs where). */
    public void setup(String line) {
        setup.add(line);
    }

    /** Adds a row of latencies, with a rate (per second) where one makes sense. */
    public void latency(String figure, LatencySummary summary, OptionalDouble ratePerSecond, Check check) {
        latencies.row(
                figure,
                Figures.count(summary.count()),
                ratePerSecond.isPresent() ? Figures.rate(ratePerSecond.getAsDouble()) : "",
                Figures.millis(summary.p50Nanos()),
                Figures.millis(summary.p90Nanos()),
                Figures.millis(summary.p99Nanos()),
                Figures.millis(summary.maxNanos()),
                check.target(),
                check.result());
    }

    /** Adds a single figure (a duration, a rate, a size) as text. */
    public void value(String figure, String value, Check check) {
        values.row(figure, value, check.target(), check.result());
    }

    /** Adds a note printed under the tables: what exactly was measured, what is pending. */
    public void note(String text) {
        notes.add(text);
    }

    /** Prints the report. */
    public void print(PrintWriter out) {
        out.println();
        out.println("LinstorJ bench " + scenario + " (" + started + ")");
        out.println("machine: " + machine.describe());
        setup.forEach(line -> out.println("setup:   " + line));
        out.println();
        if (!latencies.isEmpty()) {
            latencies.print(out);
            out.println();
        }
        if (!values.isEmpty()) {
            values.print(out);
            out.println();
        }
        notes.forEach(note -> out.println("note: " + note));
        out.flush();
    }
}

package io.linstorj.satellite.plan;

import io.linstorj.satellite.storage.ProvidedVolume;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one {@link Step} achieved; every step returns one.
 *
 * @param problems what went wrong, for the report of the step's resource
 * @param volume   the backing storage a volume step left in place
 * @param grown    the volume step grew the volume, so DRBD must be resized
 * @param halts    the step failed such that the rest of its resource's steps must not run
 */
public record ApplyResult(List<Problem> problems, Optional<ProvidedVolume> volume, boolean grown, boolean halts) {

    private static final ApplyResult DONE = new ApplyResult(List.of(), Optional.empty(), false, false);

    /** Creates a value; the list is copied. */
    public ApplyResult {
        problems = List.copyOf(problems);
        Objects.requireNonNull(volume, "volume");
    }

    /** The step did what it should (or found it done). */
    public static ApplyResult done() {
        return DONE;
    }

    /** The step failed for the reason {@code problem}; the resource's other steps still run. */
    public static ApplyResult failed(Problem problem) {
        return new ApplyResult(List.of(problem), Optional.empty(), false, false);
    }

    /** The step failed for the reason {@code problem}; the resource's remaining steps must not run. */
    public static ApplyResult halted(Problem problem) {
        return new ApplyResult(List.of(problem), Optional.empty(), false, true);
    }

    /** A volume step left {@code volume} in place, having grown it or not. */
    public static ApplyResult volume(ProvidedVolume volume, boolean grown) {
        return new ApplyResult(List.of(), Optional.of(volume), grown, false);
    }

    /** True when the step met no problem. */
    public boolean succeeded() {
        return problems.isEmpty();
    }
}

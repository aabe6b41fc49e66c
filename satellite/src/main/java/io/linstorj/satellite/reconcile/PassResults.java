package io.linstorj.satellite.reconcile;

import io.linstorj.satellite.plan.ApplyResult;
import io.linstorj.satellite.plan.Problem;
import io.linstorj.satellite.plan.Step;
import io.linstorj.satellite.storage.ProvidedVolume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The apply results of one pass, gathered per resource, and the rule of which steps still run:
 * none of a resource after one that halted it, none that needs its earlier steps' success after a
 * problem of its resource.
 */
final class PassResults {
    private final Map<String, List<ApplyResult>> byResource = new HashMap<>();

    /** True when {@code step} is to run, given what its resource's earlier steps achieved. */
    boolean runs(Step step) {
        if (step.reportsTo().isEmpty()) {
            return true;
        }
        List<ApplyResult> earlier = byResource.getOrDefault(step.reportsTo().get(), List.of());
        if (earlier.stream().anyMatch(ApplyResult::halts)) {
            return false;
        }
        return !step.needsEarlierSuccess() || earlier.stream().allMatch(ApplyResult::succeeded);
    }

    /** Records what {@code step} achieved. */
    void record(Step step, ApplyResult result) {
        step.reportsTo()
                .ifPresent(name ->
                        byResource.computeIfAbsent(name, n -> new ArrayList<>()).add(result));
    }

    /** The problems the resource's steps met, in the order they met them. */
    List<Problem> problems(String resourceName) {
        List<Problem> problems = new ArrayList<>();
        byResource.getOrDefault(resourceName, List.of()).forEach(r -> problems.addAll(r.problems()));
        return problems;
    }

    /** The backing storage the resource's volume steps left, per volume number. */
    Map<Integer, ProvidedVolume> volumes(String resourceName) {
        Map<Integer, ProvidedVolume> volumes = new HashMap<>();
        for (ApplyResult result : byResource.getOrDefault(resourceName, List.of())) {
            result.volume().ifPresent(v -> volumes.put(v.id().volumeNumber(), v));
        }
        return volumes;
    }

    /** The volume numbers the resource's volume steps grew. */
    List<Integer> grown(String resourceName) {
        List<Integer> grown = new ArrayList<>();
        for (ApplyResult result : byResource.getOrDefault(resourceName, List.of())) {
            if (result.grown()) {
                result.volume().ifPresent(v -> grown.add(v.id().volumeNumber()));
            }
        }
        return grown;
    }
}

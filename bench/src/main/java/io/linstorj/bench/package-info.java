/**
 * LinstorJ's benchmarks: the {@code linstorj bench} command and what every scenario shares.
 *
 * <p>A scenario measures with {@link java.lang.System#nanoTime()} after warm-up, keeps durations
 * in a {@link io.linstorj.bench.LatencyRecorder} and prints a {@link io.linstorj.bench.Report}:
 * the machine, the set-up, the figures and the project's targets beside them (met, NOT met, or
 * n/a when the run's set-up differs from the target's). Benchmarks print; they never assert.
 * Every server they start listens on a loopback address, every loop is bounded in count and time,
 * and every process they start is stopped when they end. Scenarios live in sub-packages named
 * after what they measure ({@code controller}, {@code satellites}, {@code events},
 * {@code autoplace}); {@code cluster} starts controllers and satellites, {@code watch} receives
 * events.
 */
package io.linstorj.bench;

/**
 * What the benchmarks share to run a cluster of child JVMs: starting and stopping them, their
 * temporary directories, readiness timing, and reading a process's CPU time and memory from
 * {@code /proc}. Loop devices a run left behind are detected, never removed blindly.
 */
package io.linstorj.bench.cluster;

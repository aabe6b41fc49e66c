/**
 * Watchers for the benchmarks: clients that follow event streams, log what arrives with the
 * controller's clock, and tell when a wanted state has been reached.
 */
package io.linstorj.bench.watch;

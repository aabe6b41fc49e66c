/**
 * The {@code linstorj} command line: one entry point that dispatches to the controller, the
 * satellite, the local cluster, the demo and the benchmarks, and the version it reports.
 */
package io.linstorj.dist;

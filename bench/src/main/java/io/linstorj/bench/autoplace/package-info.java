/**
 * The autoplace benchmark: placement decisions timed on a synthetic cluster held in memory, and
 * autoplace calls timed against a running local cluster.
 */
package io.linstorj.bench.autoplace;

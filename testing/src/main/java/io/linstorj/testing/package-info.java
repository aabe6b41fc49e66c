/**
 * A real LinstorJ cluster for a storage plugin's tests: {@link io.linstorj.testing.LinstorTestCluster}
 * (builder, fault injection, isolation helpers) and the JUnit 5 annotation
 * {@link io.linstorj.testing.LinstorCluster} that starts one per test class. It may use the
 * launcher, the client, controller, satellite and REST modules and JUnit's API; never the
 * benchmarks, the command-line tool or a logging backend.
 */
package io.linstorj.testing;

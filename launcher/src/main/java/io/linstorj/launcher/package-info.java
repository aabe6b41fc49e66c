/**
 * Starting LinstorJ processes as child JVMs that never outlive the JVM that started them
 * ({@link io.linstorj.launcher.ChildJvm}: same Java and class path, output to a log file,
 * {@code LISTENING} lines awaited), and the temporary directory a run keeps their data in. Used
 * by the product ({@code linstorj cluster}), the test cluster and the benchmarks alike; it may
 * use the JDK and the protocol module's parent watch, nothing of the benchmarks.
 */
package io.linstorj.launcher;

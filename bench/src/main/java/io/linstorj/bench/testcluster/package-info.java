/**
 * {@code bench testcluster}: start-to-ready and stop times of the test cluster of
 * {@code linstorj-testing}, in process and in child JVMs.
 */
package io.linstorj.bench.testcluster;

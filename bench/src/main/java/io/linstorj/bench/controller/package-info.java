/**
 * The controller benchmark: start-up time, mutation throughput and list latency over the client
 * protocol, measured against a controller in a child JVM.
 */
package io.linstorj.bench.controller;

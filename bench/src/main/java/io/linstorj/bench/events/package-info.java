/**
 * The events benchmark: how fast disk-state events reach many watchers, and the controller CPU
 * their delivery costs.
 */
package io.linstorj.bench.events;

package io.linstorj.controller.placement;

/**
 * One {@code replicas_on_same} entry: a node property key and, for {@code key=value}, the value
 * every replica's node must have.
 *
 * @param key the property key with its namespace ({@code Aux/site})
 * @param value the required value, or null when any shared value will do
 */
record SameProperty(String key, String value) {}

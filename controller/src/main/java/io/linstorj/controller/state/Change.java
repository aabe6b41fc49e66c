package io.linstorj.controller.state;

/**
 * One row that a batch of mutations changed: its value before the batch and after it.
 *
 * @param table the table
 * @param key the row's key
 * @param before value before the batch, or null when the row was created
 * @param after value after the batch, or null when the row was deleted
 */
public record Change(TableId table, Object key, Object before, Object after) {}

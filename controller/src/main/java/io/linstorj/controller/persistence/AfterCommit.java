package io.linstorj.controller.persistence;

import java.sql.Connection;

/**
 * Work a store does on its writer connection right after a commit returned, on the writer's
 * thread: the commit is done and acknowledged by then, so this work must not fail the write.
 */
@FunctionalInterface
interface AfterCommit {
    /** Nothing after a commit (PostgreSQL keeps its own files). */
    AfterCommit NOTHING = connection -> {};

    /** Runs after a commit on {@code connection}, on the thread that committed. */
    void afterCommit(Connection connection);
}

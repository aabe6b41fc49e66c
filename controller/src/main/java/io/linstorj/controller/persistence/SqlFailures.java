package io.linstorj.controller.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells a failure of the connection from a statement the database refused. */
final class SqlFailures {
    /** Most exceptions of a chain that are looked at (causes, next exceptions, suppressed). */
    private static final int MAX_CHAIN = 32;

    private SqlFailures() {}

    /**
     * True when {@code failure} came from a lost connection rather than from the data: an
     * SQLState of class 08 (connection exception) or 57P (the server ended the session: shut
     * down, crashed, or terminated the backend), or a connection that is no longer valid.
     */
    static boolean isConnectionLost(Throwable failure, Connection connection) {
        if (hasConnectionState(failure)) {
            return true;
        }
        try {
            return connection.isClosed() || !connection.isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    static boolean hasConnectionState(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < MAX_CHAIN) {
            Throwable next = todo.poll();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    todo.add(sql.getNextException());
                }
            }
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            Collections.addAll(todo, next.getSuppressed());
        }
        return false;
    }
}

package io.linstorj.controller.errorreport;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Which error reports to list, oldest first.
 *
 * @param since only reports at or after this epoch millisecond
 * @param to only reports at or before this epoch millisecond
 * @param nodes only reports of these hosts (case-insensitive); empty = all
 * @param offset reports to skip
 * @param limit at most this many; 0 = all
 * @param withContent whether each report carries its text
 */
public record ErrorReportQuery(
        OptionalLong since, OptionalLong to, Set<String> nodes, int offset, int limit, boolean withContent) {

    /** Creates a query; {@code offset} and {@code limit} must not be negative. */
    public ErrorReportQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        nodes = Set.copyOf(nodes);
    }

    /** Every report, without texts. */
    public static ErrorReportQuery all() {
        return new ErrorReportQuery(OptionalLong.empty(), OptionalLong.empty(), Set.of(), 0, 0, false);
    }

    /** True when {@code report} passes the time and node filters. */
    public boolean matches(ErrorReport report) {
        return (since.isEmpty() || report.errorTime() >= since.getAsLong())
                && (to.isEmpty() || report.errorTime() <= to.getAsLong())
                && (nodes.isEmpty() || nodes.stream().anyMatch(node -> node.equalsIgnoreCase(report.nodeName())));
    }
}

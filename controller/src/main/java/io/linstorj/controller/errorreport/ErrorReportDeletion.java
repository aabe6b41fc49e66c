package io.linstorj.controller.errorreport;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which error reports to delete (LINSTOR's ErrorReportDelete): every given criterion must hold;
 * no criterion at all deletes nothing, so that an empty body cannot wipe every report.
 *
 * @param since reports at or after this epoch millisecond
 * @param to reports at or before this epoch millisecond
 * @param nodes reports of these hosts; empty = any
 * @param exception reports of this exception class (simple name)
 * @param version reports written by this version
 * @param ids reports with these ids; empty = any
 */
public record ErrorReportDeletion(
        OptionalLong since,
        OptionalLong to,
        Set<String> nodes,
        Optional<String> exception,
        Optional<String> version,
        Set<String> ids) {

    /** Creates the criteria; the sets are copied. */
    public ErrorReportDeletion {
        nodes = Set.copyOf(nodes);
        ids = Set.copyOf(ids);
    }

    /** The deletion of the reports with {@code ids}. */
    public static ErrorReportDeletion ofIds(Set<String> ids) {
        return new ErrorReportDeletion(
                OptionalLong.empty(), OptionalLong.empty(), Set.of(), Optional.empty(), Optional.empty(), ids);
    }

    /** True when no criterion is given. */
    public boolean isEmpty() {
        return since.isEmpty()
                && to.isEmpty()
                && nodes.isEmpty()
                && exception.isEmpty()
                && version.isEmpty()
                && ids.isEmpty();
    }

    /** True when {@code report} meets every given criterion (never when none is given). */
    public boolean matches(ErrorReport report) {
        return !isEmpty()
                && (since.isEmpty() || report.errorTime() >= since.getAsLong())
                && (to.isEmpty() || report.errorTime() <= to.getAsLong())
                && (nodes.isEmpty() || nodes.stream().anyMatch(node -> node.equalsIgnoreCase(report.nodeName())))
                && (exception.isEmpty() || exception.get().equals(report.exception()))
                && (version.isEmpty() || version.get().equals(report.version()))
                && (ids.isEmpty() || ids.stream().anyMatch(id -> id.equalsIgnoreCase(report.id())));
    }
}

package io.linstorj.controller.errorreport;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The error reports kept: written by {@link #report}, listed and deleted through the REST API. */
public interface ErrorReports extends ErrorReporter {
    /** The reports {@code query} selects, oldest first. */
    List<ErrorReport> list(ErrorReportQuery query);

    /** Report {@code id} (case-insensitive) with its text. */
    Optional<ErrorReport> get(String id);

    /** Deletes the reports {@code deletion} selects; returns their ids. */
    List<String> delete(ErrorReportDeletion deletion);

    /** How many reports are kept, by host and module (for {@code linstor_error_reports_count}). */
    Map<Origin, Long> counts();

    /**
     * Where reports come from.
     *
     * @param hostname the host
     * @param module {@code CONTROLLER} or {@code SATELLITE}
     */
    record Origin(String hostname, String module) {}
}

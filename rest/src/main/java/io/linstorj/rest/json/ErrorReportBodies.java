package io.linstorj.rest.json;

import io.linstorj.controller.errorreport.ErrorReport;
import io.linstorj.controller.errorreport.ErrorReportDeletion;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The spec's ErrorReport and ErrorReportDelete. */
public final class ErrorReportBodies {
    private ErrorReportBodies() {}

    /** An error report as listed; {@code text} only when asked for. */
    public record Report(
            String nodeName,
            long errorTime,
            String filename,
            String text,
            String module,
            String version,
            String peer,
            String exception,
            String exceptionMessage,
            String originFile,
            String originMethod,
            Integer originLine) {

        /** The wire form of {@code report}; empty fields are left out. */
        public static Report of(ErrorReport report) {
            return new Report(
                    report.nodeName(),
                    report.errorTime(),
                    report.filename(),
                    report.text().orElse(null),
                    report.module(),
                    report.version(),
                    emptyToNull(report.context()),
                    report.exception(),
                    emptyToNull(report.exceptionMessage()),
                    emptyToNull(report.originFile()),
                    emptyToNull(report.originMethod()),
                    report.originLine() == 0 ? null : report.originLine());
        }

        private static String emptyToNull(String value) {
            return value.isEmpty() ? null : value;
        }
    }

    /** The body of PATCH /v1/error-reports: which reports to delete. */
    @SpecSchema("ErrorReportDelete")
    public record Delete(Long since, Long to, List<String> nodes, String exception, String version, List<String> ids) {

        /** The deletion these criteria describe. */
        public ErrorReportDeletion toDeletion() {
            return new ErrorReportDeletion(
                    since == null ? OptionalLong.empty() : OptionalLong.of(since),
                    to == null ? OptionalLong.empty() : OptionalLong.of(to),
                    nodes == null ? Set.of() : Set.copyOf(nodes),
                    Optional.ofNullable(exception),
                    Optional.ofNullable(version),
                    ids == null ? Set.of() : Set.copyOf(ids));
        }
    }
}

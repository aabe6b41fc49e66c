package io.linstorj.controller.errorreport;

/**
 * Writes down an exception nothing expected and names it with an id for the reply.
 *
 * <pre>{@code
 * String id = reporter.report(bug, "mutation of API call CrtNode");   // "5F3A1B2C-00000-000001"
 * reply = reply.withErrorReportId(id);
 * }</pre>
 */
@FunctionalInterface
public interface ErrorReporter {
    /**
     * Records {@code error}; never throws.
     *
     * @param context what the controller was doing (API call, REST route), for the report's reader
     * @return the report's id, or an empty string when no report could be written
     */
    String report(Throwable error, String context);

    /** A reporter that writes nothing and returns no id, for tests and tools without a data directory. */
    static ErrorReporter none() {
        return (error, context) -> "";
    }
}

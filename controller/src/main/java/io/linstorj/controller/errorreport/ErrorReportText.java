package io.linstorj.controller.errorreport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a report file, in LINSTOR's layout ("Key:   value" lines, then the backtrace), and
 * the reading of a file's header back into an {@link ErrorReport}: the file is the only record,
 * so that reports survive a restart without an index to keep consistent.
 */
final class ErrorReportText {
    private static final String RULE = "============================================================";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String BACKTRACE = "Call backtrace:";

    private ErrorReportText() {}

    /** The report of {@code error}, with its id, header and stack trace. */
    static ErrorReport describe(
            String id,
            String nodeName,
            String version,
            long errorTime,
            String thread,
            Throwable error,
            String context) {
        StackTraceElement origin = error.getStackTrace().length == 0 ? null : error.getStackTrace()[0];
        String message = oneLine(error.getMessage());
        String contextLine = oneLine(context);
        StringBuilder text = new StringBuilder()
                .append("ERROR REPORT ")
                .append(id)
                .append("\n\n")
                .append(RULE)
                .append("\n\n")
                .append(line("Application", "LinstorJ"))
                .append(line("Module", "Controller"))
                .append(line("Version", version))
                .append(line("Error time", TIME.format(Instant.ofEpochMilli(errorTime))))
                .append(line("Error time (ms)", Long.toString(errorTime)))
                .append(line("Node", nodeName))
                .append(line("Thread", oneLine(thread)))
                .append(line("Context", contextLine))
                .append('\n')
                .append(RULE)
                .append("\n\nReported error:\n===============\n\n")
                .append(line("Category", error instanceof Error ? "Error" : "RuntimeException"))
                .append(line("Class name", error.getClass().getSimpleName()))
                .append(line("Class canonical name", error.getClass().getName()))
                .append(line("Origin file", origin == null ? "" : nullToEmpty(origin.getFileName())))
                .append(line("Origin method", origin == null ? "" : origin.getMethodName()))
                .append(line(
                        "Origin line", origin == null ? "0" : Integer.toString(Math.max(0, origin.getLineNumber()))))
                .append('\n')
                .append(line("Error message", message))
                .append('\n')
                .append(BACKTRACE)
                .append("\n\n")
                .append(stackTrace(error))
                .append("\nEND OF ERROR REPORT.\n");
        return new ErrorReport(
                id,
                nodeName,
                "CONTROLLER",
                version,
                errorTime,
                error.getClass().getSimpleName(),
                message,
                origin == null ? "" : nullToEmpty(origin.getFileName()),
                origin == null ? "" : origin.getMethodName(),
                origin == null ? 0 : Math.max(0, origin.getLineNumber()),
                contextLine,
                Optional.of(text.toString()));
    }

    /** Reads the header of a report file back; empty when it is not one of ours. */
    static Optional<ErrorReport> parse(String id, String text, boolean withContent) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(BACKTRACE)) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ")) {
                fields.putIfAbsent(
                        line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        try {
            return Optional.of(new ErrorReport(
                    id,
                    fields.getOrDefault("Node", ""),
                    "CONTROLLER",
                    fields.getOrDefault("Version", ""),
                    Long.parseLong(fields.get("Error time (ms)")),
                    fields.getOrDefault("Class name", ""),
                    fields.getOrDefault("Error message", ""),
                    fields.getOrDefault("Origin file", ""),
                    fields.getOrDefault("Origin method", ""),
                    Integer.parseInt(fields.getOrDefault("Origin line", "0")),
                    fields.getOrDefault("Context", ""),
                    withContent ? Optional.of(text) : Optional.empty()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String line(String key, String value) {
        return String.format("%-36s%s%n", key + ":", value).replace("\r", "");
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** Header values stay on one line, so that a message cannot forge a header field. */
    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

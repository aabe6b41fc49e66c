package io.linstorj.controller.errorreport;

import java.util.Optional;

/**
 * One error report as LINSTOR's REST API lists it (schema ErrorReport).
 *
 * @param id the report's id, {@code {instance}-{node}-{sequence}}, e.g. {@code 5F3A1B2C-00000-000001}
 * @param nodeName the host the report was written on
 * @param module {@code CONTROLLER}
 * @param version the LinstorJ version that wrote it
 * @param errorTime when, in epoch milliseconds
 * @param exception the exception's simple class name
 * @param exceptionMessage its message, or empty
 * @param originFile the source file of the innermost frame, or empty
 * @param originMethod the method of the innermost frame, or empty
 * @param originLine its line, or 0
 * @param context what the controller was doing, or empty
 * @param text the whole report, when asked for
 */
public record ErrorReport(
        String id,
        String nodeName,
        String module,
        String version,
        long errorTime,
        String exception,
        String exceptionMessage,
        String originFile,
        String originMethod,
        int originLine,
        String context,
        Optional<String> text) {

    /** The report's file name, {@code ErrorReport-{id}.log}. */
    public String filename() {
        return fileName(id);
    }

    /** The file name of report {@code id}. */
    public static String fileName(String id) {
        return "ErrorReport-" + id + ".log";
    }

    /** This report without its text. */
    public ErrorReport withoutText() {
        return new ErrorReport(
                id,
                nodeName,
                module,
                version,
                errorTime,
                exception,
                exceptionMessage,
                originFile,
                originMethod,
                originLine,
                context,
                Optional.empty());
    }
}

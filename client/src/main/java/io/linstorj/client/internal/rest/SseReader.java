package io.linstorj.client.internal.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads server-sent events ({@code text/event-stream}) from a stream: fields {@code event} and
 * {@code data}, an empty line ending each event, comment lines ({@code : keep-alive}) and other
 * fields ({@code id}, {@code retry}) skipped. Not thread-safe: one reader thread.
 */
final class SseReader implements AutoCloseable {
    private static final String DEFAULT_EVENT = "message";

    private final BufferedReader lines;

    SseReader(InputStream stream) {
        this.lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /**
     * The next complete event; empty at the end of the stream (a last event without its empty
     * line is dropped, as the standard says).
     *
     * @throws IOException if reading fails, e.g. because the stream was closed
     */
    Optional<SseEvent> next() throws IOException {
        String name = null;
        StringBuilder data = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return Optional.of(new SseEvent(name == null ? DEFAULT_EVENT : name, data.toString()));
                }
                name = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if ("event".equals(field)) {
                name = value;
            } else if ("data".equals(field)) {
                data = data == null
                        ? new StringBuilder(value)
                        : data.append('\n').append(value);
            }
        }
        return Optional.empty();
    }

    /** Closes the stream, which ends a {@link #next()} blocked on another thread with an IOException. */
    @Override
    public void close() throws IOException {
        lines.close();
    }
}

package io.linstorj.dist.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One server-sent event stream of the REST API, read on a thread of its own: {@link #next} hands
 * out its events in order. Open once the headers are in, so a change made after the constructor
 * returns is in the stream.
 */
final class SseReader implements AutoCloseable {
    /** One event: its name and its one-line JSON data. */
    record Event(String name, String data) {}

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private String name = "";

    SseReader(URI base, String path) {
        try {
            response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Thread reader = new Thread(
                () -> {
                    try {
                        response.body().forEach(this::line);
                    } catch (UncheckedIOException e) {
                        // close() ended the stream under the reader: no more events, nothing failed.
                    }
                },
                "sse " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void line(String line) {
        if (line.startsWith("event: ")) {
            name = line.substring("event: ".length());
        } else if (line.startsWith("data: ")) {
            events.add(new Event(name, line.substring("data: ".length())));
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event; fails when none comes within {@code wait}. */
    Event next(Duration wait) throws InterruptedException {
        Event event = events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + wait);
        }
        return event;
    }

    @Override
    public void close() {
        response.body().close();
    }
}

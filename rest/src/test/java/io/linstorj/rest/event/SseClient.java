package io.linstorj.rest.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent events client over a plain socket, so that the test sees the bytes LINSTOR's
 * clients see: the status line and headers, then each event (chunk framing removed). With
 * {@code reading = false} it sends its request and never reads: a stalled client.
 */
public final class SseClient implements AutoCloseable {
    /** One event; {@code event} is {@code ":"} for a comment line. */
    public record Event(String event, String data) {}

    private final Socket socket = new Socket();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> headers = new ArrayList<>();
    private volatile boolean ended;
    private BufferedReader reader;

    private SseClient() {}

    /** Connects, sends {@code GET path} and, if {@code reading}, reads the answer on a thread of its own. */
    public static SseClient open(URI base, String path, boolean reading) throws IOException {
        SseClient client = new SseClient();
        if (!reading) {
            client.socket.setReceiveBufferSize(4096);
        }
        client.socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 10_000);
        OutputStream out = client.socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        if (reading) {
            client.readHeaders();
            Thread thread = new Thread(client::readEvents, "sse-client");
            thread.setDaemon(true);
            thread.start();
        }
        return client;
    }

    /** The status line and headers, as received. */
    public List<String> headers() {
        return List.copyOf(headers);
    }

    /** Starts reading a client opened without reading; returns once its headers are read. */
    public void startReading() throws IOException {
        readHeaders();
        Thread thread = new Thread(this::readEvents, "sse-client");
        thread.setDaemon(true);
        thread.start();
    }

    private void readHeaders() throws IOException {
        reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            headers.add(line);
        }
    }

    /** Chunked framing: a size line, the data, an empty line; events inside are split at blank lines. */
    private void readEvents() {
        StringBuilder body = new StringBuilder();
        try {
            while (true) {
                String size = reader.readLine();
                if (size == null) {
                    break;
                }
                int length = Integer.parseInt(size.trim(), 16);
                if (length == 0) {
                    break;
                }
                char[] chunk = new char[length];
                int read = 0;
                while (read < length) {
                    int n = reader.read(chunk, read, length - read);
                    if (n < 0) {
                        throw new IOException("end of stream inside a chunk");
                    }
                    read += n;
                }
                reader.readLine();
                body.append(chunk);
                int end;
                while ((end = body.indexOf("\n\n")) >= 0) {
                    parse(body.substring(0, end));
                    body.delete(0, end + 2);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the connection ended: what was read stays in the queue
        } finally {
            ended = true;
        }
    }

    private void parse(String block) {
        String event = "message";
        String data = "";
        for (String line : block.split("\n")) {
            if (line.startsWith(":")) {
                event = ":";
                data = line.substring(1).trim();
            } else if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            }
        }
        events.add(new Event(event, data));
    }

    /** The next event other than a comment, waiting at most {@code timeout}; null if none came. */
    public Event next(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null || !":".equals(event.event())) {
                return event;
            }
        }
    }

    /** The next event, comments included. */
    public Event nextIncludingComments(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** True once the server ended the stream (or the connection). */
    public boolean ended() {
        return ended;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

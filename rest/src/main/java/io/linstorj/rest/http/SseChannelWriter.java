package io.linstorj.rest.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link EventStreamWriter} over one Netty channel: each event is one HTTP chunk. Chunks
 * written but not yet taken by the socket are counted; past the stream's bound {@link #send}
 * refuses, so a client that stops reading costs at most that many chunks. A keep-alive comment
 * goes out at the stream's interval, through the same bound: a stalled client is detected even
 * when no events happen.
 */
final class SseChannelWriter implements EventStreamWriter {
    private static final String KEEP_ALIVE = ": keep-alive\n\n";
    /** How long the last event may take to reach a client before the connection is closed anyway. */
    private static final long FINISH_GRACE_SECONDS = 5;

    private final Channel channel;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final ScheduledFuture<?> keepAlive;

    private SseChannelWriter(Channel channel, EventStream stream) {
        this.channel = channel;
        this.maxPending = stream.maxPendingEvents();
        long interval = stream.keepAliveInterval().toMillis();
        this.keepAlive =
                channel.eventLoop().scheduleAtFixedRate(this::keepAlive, interval, interval, TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener(closed -> keepAlive.cancel(false));
    }

    /** Writes the answer's headers on {@code channel} and opens {@code stream} on it. */
    static void start(Channel channel, EventStream stream) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream");
        head.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        channel.writeAndFlush(head);
        stream.open(new SseChannelWriter(channel, stream));
    }

    @Override
    public boolean send(String event, String data) {
        return write(format(event, data));
    }

    private void keepAlive() {
        if (!write(KEEP_ALIVE)) {
            finish("Overflow", "{\"reason\":\"the client stopped reading\"}");
        }
    }

    private boolean write(String text) {
        if (finished.get() || !channel.isActive()) {
            return false;
        }
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            return false;
        }
        channel.writeAndFlush(chunk(text)).addListener(done -> pending.decrementAndGet());
        return true;
    }

    @Override
    public void finish(String event, String data) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        keepAlive.cancel(false);
        if (!channel.isActive()) {
            return;
        }
        channel.write(chunk(format(event, data)));
        channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
        // A client that does not read never completes that write: do not wait for it forever.
        channel.eventLoop().schedule(() -> channel.close(), FINISH_GRACE_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void onClose(Runnable action) {
        channel.closeFuture().addListener(closed -> action.run());
    }

    private static String format(String event, String data) {
        if (event.indexOf('\n') >= 0 || data.indexOf('\n') >= 0 || data.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an event and its data are one line each");
        }
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    private static DefaultHttpContent chunk(String text) {
        return new DefaultHttpContent(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
    }
}

package io.linstorj.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The SSE writer on an embedded channel: headers, event framing, finish, close. */
class SseChannelWriterTest {
    private static EventStream stream(AtomicReference<EventStreamWriter> opened) {
        return new EventStream() {
            @Override
            public void open(EventStreamWriter writer) {
                opened.set(writer);
            }

            @Override
            public int maxPendingEvents() {
                return 4;
            }

            @Override
            public Duration keepAliveInterval() {
                return Duration.ofHours(1);
            }
        };
    }

    private static String text(Object chunk) {
        ByteBuf content = ((HttpContent) chunk).content();
        try {
            return content.toString(StandardCharsets.UTF_8);
        } finally {
            content.release();
        }
    }

    @Test
    void eventsAreChunksAfterTheEventStreamHeaders() {
        EmbeddedChannel channel = new EmbeddedChannel();
        AtomicReference<EventStreamWriter> writer = new AtomicReference<>();
        SseChannelWriter.start(channel, stream(writer));

        HttpResponse head = channel.readOutbound();
        assertThat(head.status().code()).isEqualTo(200);
        assertThat(head.headers().get("Content-Type")).isEqualTo("text/event-stream");
        assertThat(head.headers().get("Transfer-Encoding")).isEqualTo("chunked");

        assertThat(writer.get().send("Open", "{\"a\":1}")).isTrue();
        assertThat(text(channel.readOutbound())).isEqualTo("event: Open\ndata: {\"a\":1}\n\n");
        assertThatThrownBy(() -> writer.get().send("Value", "two\nlines")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finishWritesTheLastEventAndClosesAndRunsCloseActions() {
        EmbeddedChannel channel = new EmbeddedChannel();
        AtomicReference<EventStreamWriter> writer = new AtomicReference<>();
        SseChannelWriter.start(channel, stream(writer));
        channel.readOutbound();
        AtomicInteger closed = new AtomicInteger();
        writer.get().onClose(closed::incrementAndGet);

        writer.get().finish("Overflow", "{}");
        assertThat(text(channel.readOutbound())).isEqualTo("event: Overflow\ndata: {}\n\n");
        assertThat((Object) channel.readOutbound()).isInstanceOf(LastHttpContent.class);
        assertThat(channel.isOpen()).isFalse();
        assertThat(closed).hasValue(1);
        assertThat(writer.get().send("Value", "{}")).isFalse();
    }
}

package io.linstorj.client.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Server-sent events as the standard frames them, read in memory. */
class SseReaderTest {
    private static SseReader reader(String text) {
        return new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eventsEndAtAnEmptyLineAndCommentsAreSkipped() throws IOException {
        try (SseReader events = reader(": keep-alive\n\nevent: Open\ndata: {\"a\":1}\n\nevent:Value\ndata:{}\n\n")) {
            assertThat(events.next()).contains(new SseEvent("Open", "{\"a\":1}"));
            assertThat(events.next()).contains(new SseEvent("Value", "{}"));
            assertThat(events.next()).isEmpty();
        }
    }

    @Test
    void dataLinesJoinAndAnEventWithoutNameIsAMessage() throws IOException {
        try (SseReader events = reader("id: 7\ndata: one\ndata: two\n\n")) {
            assertThat(events.next()).contains(new SseEvent("message", "one\ntwo"));
        }
    }

    @Test
    void aLastEventWithoutItsEmptyLineIsDropped() throws IOException {
        try (SseReader events = reader("event: Open\ndata: {}\n")) {
            assertThat(events.next()).isEqualTo(Optional.empty());
        }
    }
}

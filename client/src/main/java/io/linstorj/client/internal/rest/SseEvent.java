package io.linstorj.client.internal.rest;

/**
 * One server-sent event as the stream carried it: {@code event: NAME} and its {@code data:}
 * lines joined by line breaks.
 *
 * @param name the event's name; {@code message} when the stream gave none, as the SSE standard says
 * @param data the event's data
 */
record SseEvent(String name, String data) {}

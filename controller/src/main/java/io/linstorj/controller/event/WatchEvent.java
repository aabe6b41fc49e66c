package io.linstorj.controller.event;

/**
 * One event delivered to one watch.
 *
 * @param watchId the watch, as the client numbered it
 * @param action  what happened
 * @param stream  which stream
 * @param value   the value; null on close actions
 */
public record WatchEvent(int watchId, EventAction action, StreamKey stream, EventValue value) {}

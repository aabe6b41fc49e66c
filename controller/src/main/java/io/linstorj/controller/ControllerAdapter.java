package io.linstorj.controller;

import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.service.ControllerServices;
import java.net.URI;
import java.util.Optional;

/**
 * A further way into a running controller besides the client protocol (the REST API; later
 * metrics): {@link Controller#start} starts every adapter of its {@link ControllerConfig} once the
 * services run and the client port is bound, and closes them before anything else on close.
 *
 * <p>The controller module knows no adapter; the process that assembles the controller (dist)
 * hands them in, so that the controller does not depend on HTTP libraries.
 *
 * <pre>{@code
 * ControllerAdapter rest = (services, events) -> RestServer.start(restConfig, services);
 * Controller.start(ControllerConfig.defaults(dir).withAdapters(List.of(rest)));
 * }</pre>
 */
@FunctionalInterface
public interface ControllerAdapter {
    /**
     * Starts serving; returns once the adapter accepts connections.
     *
     * @throws RuntimeException if it cannot (port in use): the controller start fails with it
     */
    Running start(ControllerServices services, EventHub events);

    /** A started adapter. */
    interface Running extends AutoCloseable {
        /** Where clients reach it, e.g. {@code http://127.0.0.1:3370}; printed as a LISTENING line. */
        URI uri();

        /** Stops serving; idempotent. */
        @Override
        void close();
    }

    /** A source of an adapter from command-line options; empty when the options switch it off. */
    @FunctionalInterface
    interface Option {
        /** The adapter the options ask for, if any. */
        Optional<ControllerAdapter> adapter();
    }
}

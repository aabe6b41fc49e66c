package io.linstorj.controller;

import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.service.ControllerServices;
import java.net.URI;
import java.util.Optional;

/**
 * A way into a running controller: the binary client protocol
 * ({@code controller.transport.ClientProtocolAdapter}), the REST API, later metrics.
 * {@link Controller#start} starts the client protocol first, then every adapter of its
 * {@link ControllerConfig} in order, once the services run; it closes them, the last started
 * first, before anything else on close.
 *
 * <p>An adapter translates between its wire format and the services; the services know no
 * adapter. Besides the client protocol the controller module knows none: the process that
 * assembles the controller (dist) hands them in, so that the controller does not depend on HTTP
 * libraries.
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
     * @throws InterruptedException if interrupted while binding: the controller start fails
     */
    Running start(ControllerServices services, EventHub events) throws InterruptedException;

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

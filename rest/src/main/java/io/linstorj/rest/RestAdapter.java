package io.linstorj.rest;

import io.linstorj.controller.ControllerAdapter;
import io.linstorj.controller.event.EventHub;
import io.linstorj.controller.service.ControllerServices;
import io.linstorj.rest.event.EventEndpoints;
import io.linstorj.rest.http.HttpServer;
import io.linstorj.rest.json.Json;
import io.linstorj.rest.metrics.RestMetrics;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API as a controller adapter: on start it builds the route table over the controller's
 * services and binds the HTTP server.
 *
 * <pre>{@code
 * ControllerConfig config = ControllerConfig.defaults(dir).withListen("127.0.0.1", 0)
 *     .withAdapters(List.of(new RestAdapter(RestConfig.defaults().withListen("127.0.0.1", 0))));
 * try (Controller controller = Controller.start(config)) {
 *     URI rest = controller.adapters().get(0).uri();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class RestAdapter implements ControllerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(RestAdapter.class);

    private final RestConfig config;

    /** Creates the adapter; nothing listens before {@link #start}. */
    public RestAdapter(RestConfig config) {
        this.config = config;
    }

    @Override
    public Running start(ControllerServices services, EventHub events) {
        Replies replies = new Replies(new Json(), Clock.systemUTC(), services.errorReports());
        RestMetrics metrics = new RestMetrics(services, version());
        // One thread for file reads (error reports) and scrapes: bounded, and never the event loop.
        ExecutorService files = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rest-files");
            thread.setDaemon(true);
            return thread;
        });
        EventEndpoints eventStreams =
                new EventEndpoints(events, services.nodes(), replies, Clock.systemUTC(), config.events());
        Router router = new Router(
                RouteTable.create(
                        services,
                        replies,
                        Clock.systemUTC(),
                        version(),
                        Optional.of(metrics),
                        files,
                        eventStreams,
                        config.deletionWait()),
                replies,
                metrics::requestAnswered);
        HttpServer server;
        try {
            server = HttpServer.start(config.listenAddress(), config.port(), config.limits(), router);
        } catch (RuntimeException e) {
            files.shutdownNow();
            eventStreams.close();
            throw e;
        }
        URI uri = uri(server.localAddress());
        LOG.info("REST API v1 listening on {}", uri);
        return new Running() {
            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public void close() {
                server.close();
                files.shutdownNow();
                eventStreams.close();
            }
        };
    }

    private static URI uri(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    private static String version() {
        String version = RestAdapter.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }
}

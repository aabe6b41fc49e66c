package io.linstorj.rest.metrics;

import io.linstorj.controller.service.ControllerServices;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The REST API's metrics: one registry of its own (never the client library's global one) with
 * LINSTOR's cluster families, the JVM's metrics, the durations of REST requests and of scrapes.
 *
 * <p>Request durations are labelled by method, route template ({@code /v1/nodes/{node}}) and
 * status only, never by an object's name, so that their number of series stays bounded by the
 * route table.
 */
public final class RestMetrics {
    /** The route label of a request no route matched. */
    public static final String UNMATCHED = "unmatched";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Histogram requests;
    private final Counter scrapes;
    private final Gauge scrapeDuration;

    /** Creates the registry over the controller's desired and observed state and its error reports. */
    public RestMetrics(ControllerServices services, String version) {
        registry.register(new ClusterMetrics(services.state(), services.observed(), services.errorReports(), version));
        JvmMetrics.builder().register(registry);
        requests = Histogram.builder()
                .name("linstorj_rest_request_duration_seconds")
                .help("Duration of REST API requests by method, route template and status")
                .labelNames("method", "route", "status")
                .classicOnly()
                .register(registry);
        scrapes = Counter.builder()
                .name("linstor_scrape_requests_count")
                .help("Number of /metrics requests")
                .register(registry);
        scrapeDuration = Gauge.builder()
                .name("linstor_scrape_duration_seconds")
                .help("Duration of the previous /metrics request")
                .register(registry);
    }

    /** Records one answered request; {@code route} is a template or {@link #UNMATCHED}. */
    public void requestAnswered(String method, String route, int status, long nanos) {
        requests.labelValues(method, route, Integer.toString(status)).observe(nanos / 1e9);
    }

    /** The text format's content type, {@code text/plain; version=0.0.4; charset=utf-8}. */
    public String contentType() {
        return writer.getContentType();
    }

    /** Every metric in the Prometheus text format. */
    public byte[] scrape() {
        long started = System.nanoTime();
        scrapes.inc();
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        scrapeDuration.set((System.nanoTime() - started) / 1e9);
        return out.toByteArray();
    }
}

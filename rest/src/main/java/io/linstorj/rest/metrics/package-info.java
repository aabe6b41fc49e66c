/**
 * {@code GET /metrics}: LINSTOR's metric families in the Prometheus text format, computed at each
 * scrape from the committed desired state and what satellites last reported (never waiting on a
 * satellite), plus the JVM's metrics and the REST API's request durations by route template. The
 * Prometheus Java client ({@code io.prometheus:prometheus-metrics-*}) keeps the data model and
 * writes the format.
 */
package io.linstorj.rest.metrics;

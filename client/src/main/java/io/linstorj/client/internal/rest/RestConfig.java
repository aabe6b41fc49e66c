package io.linstorj.client.internal.rest;

import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How the REST transport talks to a controller.
 *
 * @param connectTimeout how long a TCP (and TLS) connect may take
 * @param userAgent the {@code User-Agent} header of every request
 * @param authorization the {@code Authorization} header of every request, if any
 * @param sslContext the TLS trust (and key) material for {@code https://}; the JDK's default when empty
 * @param eventPollInterval how often a watch polls {@code /v1/view/resources} on a controller
 *     without LinstorJ's watch streams
 */
public record RestConfig(
        Duration connectTimeout,
        String userAgent,
        Optional<String> authorization,
        Optional<SSLContext> sslContext,
        Duration eventPollInterval) {}

package io.linstorj.dist.rest;

import io.linstorj.rest.PathPattern;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which served operations ("METHOD /template", as the README's REST table lists them) a series of
 * calls reached: each call counts for the template that would answer it (where two match, the
 * one with more literal segments, as the router decides).
 */
final class Coverage {
    private final Set<String> operations;
    private final Set<String> reached = ConcurrentHashMap.newKeySet();

    Coverage(Set<String> operations) {
        this.operations = Set.copyOf(operations);
    }

    /** Counts a call of {@code method} on {@code path} (query and encoding as sent). */
    void called(String method, String path) {
        List<String> segments = Arrays.stream(URI.create(path).getRawPath().split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
                .toList();
        answering(method, segments).ifPresent(reached::add);
    }

    private Optional<String> answering(String method, List<String> segments) {
        return operations.stream()
                .filter(operation -> operation.startsWith(method + " "))
                .map(operation -> PathPattern.of(operation.substring(method.length() + 1)))
                .filter(pattern -> pattern.match(segments).isPresent())
                .max(Comparator.comparingInt(PathPattern::literalCount))
                .map(pattern -> method + " " + pattern.template());
    }

    /** The operations no call reached, sorted. */
    Set<String> missed() {
        Set<String> missed = new TreeSet<>(operations);
        missed.removeAll(reached);
        return missed;
    }
}

package io.linstorj.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A path template of the spec, e.g. {@code /v1/nodes/{node}/storage-pools/{storagepool}}: literal
 * segments match case-insensitively, each {@code {name}} matches one decoded segment (which may
 * hold an encoded slash, as controller property keys do).
 *
 * @param template the template as the spec writes it
 * @param segments its segments
 */
public record PathPattern(String template, List<String> segments) {

    /** Parses {@code template}. */
    public static PathPattern of(String template) {
        List<String> parts =
                Arrays.stream(template.split("/")).filter(s -> !s.isEmpty()).toList();
        return new PathPattern(template, parts);
    }

    /** The values of the template's parameters in order, if {@code path} matches. */
    public Optional<List<String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                values.add(path.get(i));
            } else if (!segment.toLowerCase(Locale.ROOT).equals(path.get(i).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** How many literal segments: a literal beats a parameter where two templates match one path. */
    public int literalCount() {
        return (int) segments.stream().filter(s -> !isParameter(s)).count();
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}

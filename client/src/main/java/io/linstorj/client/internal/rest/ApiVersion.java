package io.linstorj.client.internal.rest;

import java.util.Arrays;
import java.util.Optional;

/**
 * A REST API version such as {@code 1.27.0}, compared number by number.
 *
 * @param numbers the version's numbers, major first
 */
record ApiVersion(int[] numbers) implements Comparable<ApiVersion> {
    /** The version of {@code text}; empty when it is not dot-separated numbers (or empty). */
    static Optional<ApiVersion> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("\\.");
        int[] numbers = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new ApiVersion(numbers));
    }

    /** A version known to be well-formed, e.g. {@code ApiVersion.of("1.10.0")}. */
    static ApiVersion of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a version: " + text));
    }

    @Override
    public int compareTo(ApiVersion other) {
        for (int i = 0; i < Math.max(numbers.length, other.numbers.length); i++) {
            int mine = i < numbers.length ? numbers[i] : 0;
            int theirs = i < other.numbers.length ? other.numbers[i] : 0;
            if (mine != theirs) {
                return Integer.compare(mine, theirs);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(numbers);
    }

    @Override
    public String toString() {
        return String.join(
                ".", Arrays.stream(numbers).mapToObj(Integer::toString).toList());
    }
}

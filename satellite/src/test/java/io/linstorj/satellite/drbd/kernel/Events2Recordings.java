package io.linstorj.satellite.drbd.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the recorded {@code drbdsetup events2} outputs next to the tests. */
final class Events2Recordings {
    private Events2Recordings() {}

    static List<String> lines(String name) {
        try (InputStream in = Events2Recordings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

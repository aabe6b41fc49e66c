package io.linstorj.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory for one run's data, pools and logs (a benchmark's, a test cluster's), deleted on
 * close unless kept.
 */
public final class TempDirectory implements AutoCloseable {
    private final Path path;
    private final boolean keep;

    private TempDirectory(Path path, boolean keep) {
        this.path = path;
        this.keep = keep;
    }

    /**
     * Creates a fresh directory {@code linstorj-bench-<scenario>-*} for a benchmark run.
     *
     * @param keep true to leave it in place on close (to read the processes' logs)
     */
    public static TempDirectory create(String scenario, boolean keep) {
        return withPrefix("linstorj-bench-" + scenario, keep);
    }

    /**
     * Creates a fresh directory {@code <prefix>-*} in the system's temp directory.
     *
     * @param keep true to leave it in place on close
     */
    public static TempDirectory withPrefix(String prefix, boolean keep) {
        try {
            return new TempDirectory(Files.createTempDirectory(prefix + "-"), keep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp directory: " + e.getMessage(), e);
        }
    }

    /** The directory. */
    public Path path() {
        return path;
    }

    /** Deletes the directory with its content, unless it is to be kept. */
    @Override
    public void close() {
        if (keep || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(path)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}

package io.linstorj.bench.snapshots;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes data into a volume's backing file, as an application would into the resource, so that a
 * snapshot has blocks to copy: a sparse copy copies only written blocks, a reflink none.
 */
final class VolumeFill {
    private static final int CHUNK = 1 << 20;

    private VolumeFill() {}

    /** Writes {@code mebibytes} MiB of pseudo-random bytes from the start of {@code file}, then syncs it. */
    static void fill(Path file, long mebibytes, long seed) {
        byte[] chunk = new byte[CHUNK];
        new Random(seed).nextBytes(chunk);
        try (RandomAccessFile handle = new RandomAccessFile(file.toFile(), "rw")) {
            for (long i = 0; i < mebibytes; i++) {
                chunk[0] = (byte) i;
                handle.write(chunk);
            }
            handle.getFD().sync();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

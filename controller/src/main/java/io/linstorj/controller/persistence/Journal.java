package io.linstorj.controller.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only log of entries, each on disk ({@code fdatasync}) before {@link #append} returns,
 * in segment files of a directory; segments whose entries the database holds are deleted.
 *
 * <p>A segment is named after the sequence number of its first entry ({@code
 * 00000000000000000001.journal}) and holds records back to back:
 *
 * <pre>
 * +------------+------------+-----------------+----------------------+
 * | int length | int CRC32C | long sequence   | payload (length)     |
 * +------------+------------+-----------------+----------------------+
 *   the CRC covers the sequence number and the payload; sequence numbers follow each other
 * </pre>
 *
 * <p>A segment grows by zeros written ahead of its records ({@value #PREALLOCATE_BYTES} bytes at
 * a time, then synced with the next entry): an entry then goes into blocks the file already has,
 * so its {@code fdatasync} writes the data alone, without the file system's journal commit for a
 * new file size (on ext4 a quarter of the sync's time). Zeros to the end of a segment are space
 * not used yet: the segment ends there.
 *
 * <p>On open, a record cut short or failing its check at the end of the last segment is the one
 * whose append did not return (the process died while writing it, so nobody was told it was
 * stored): it is cut off. The same anywhere else is damage to acknowledged entries, and the
 * journal refuses to open rather than lose them quietly.
 *
 * <p>A failed append is cut off again at once, so that nothing of it stays; if even that fails,
 * the journal is broken: whether the entry is on disk is unknown until the next open reads it,
 * and every later append is refused.
 */
final class Journal implements AutoCloseable {
    /** A segment gets no more entries once it is this long; the next one starts a new segment. */
    static final long SEGMENT_BYTES = 8L << 20;
    /** Longest payload accepted; longer lengths on disk are damage. */
    static final int MAX_PAYLOAD = 256 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
    private static final String SUFFIX = ".journal";
    private static final int HEADER = 16;
    /** Zeros written ahead of the records when an entry does not fit in what a segment has. */
    static final int PREALLOCATE_BYTES = 1 << 20;

    private final Path directory;
    private final long segmentBytes;
    /** Closed segments, oldest first. */
    private final Deque<ClosedSegment> closed = new ArrayDeque<>();

    private Path currentPath;
    private FileChannel current;
    /** Where the next record goes: the end of the last whole record. */
    private long currentSize;
    /** The length of the current segment's file, zeros after {@link #currentSize}. */
    private long preallocatedEnd;

    private long nextSequence;
    private IOException broken;

    private Journal(Path directory, long segmentBytes) {
        this.directory = directory;
        this.segmentBytes = segmentBytes;
    }

    /** An entry read back on open. */
    record Entry(long sequence, byte[] payload) {}

    /** What {@link #open} read: the journal, ready to append, and its entries after {@code after}. */
    record Opened(Journal journal, List<Entry> entries) {}

    /** What became of an append that threw. */
    static final class AppendException extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean maybeStored;

        AppendException(String message, IOException cause, boolean maybeStored) {
            super(message, cause);
            this.maybeStored = maybeStored;
        }

        /** True if the entry may be on disk after all (the journal is then broken). */
        boolean maybeStored() {
            return maybeStored;
        }
    }

    /**
     * Opens (or creates) the journal in {@code directory} and returns it with its entries whose
     * sequence number is greater than {@code after}, the last one the database holds.
     *
     * @throws IOException if a file cannot be read, or acknowledged entries are damaged or missing
     */
    static Opened open(Path directory, long after) throws IOException {
        return open(directory, after, SEGMENT_BYTES);
    }

    /** {@link #open(Path, long)} with segments of {@code segmentBytes}. */
    static Opened open(Path directory, long after, long segmentBytes) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = segmentFiles(directory);
        Journal journal = new Journal(directory, segmentBytes);
        List<Entry> entries = new ArrayList<>();
        long expected = -1;
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            long first = firstSequence(file);
            if (expected != -1 && first != expected) {
                throw new IOException(
                        "journal segment " + file + " starts at entry " + first + ", expected " + expected);
            }
            boolean last = i == files.size() - 1;
            SegmentEnd end = readSegment(file, first, last, after, entries);
            expected = end.lastSequence() + 1;
            if (!last) {
                journal.closed.add(new ClosedSegment(file, end.lastSequence()));
            } else {
                journal.currentPath = file;
                journal.currentSize = end.position();
            }
        }
        if (!entries.isEmpty() && entries.get(0).sequence() != after + 1) {
            throw new IOException("the journal's entries after " + after + " start at "
                    + entries.get(0).sequence() + ": entries " + (after + 1) + " to "
                    + (entries.get(0).sequence() - 1) + " are missing");
        }
        journal.nextSequence = Math.max(expected == -1 ? 1 : expected, after + 1);
        if (journal.currentPath == null || journal.nextSequence != expected) {
            if (journal.currentPath != null) {
                // The database is ahead of the journal's last segment: all of it can go.
                journal.closed.add(new ClosedSegment(journal.currentPath, expected - 1));
            }
            journal.startSegment();
        } else {
            journal.current = FileChannel.open(journal.currentPath, StandardOpenOption.WRITE);
            journal.preallocatedEnd = journal.current.size();
        }
        return new Opened(journal, entries);
    }

    /**
     * Appends {@code payload} and forces it to disk; returns its sequence number.
     *
     * @throws AppendException if it could not be stored; {@link AppendException#maybeStored()}
     *     says whether it may be on disk anyway
     */
    synchronized long append(byte[] payload) throws AppendException {
        if (broken != null) {
            throw new AppendException(
                    "the journal failed earlier and takes no more entries: " + broken.getMessage(), broken, false);
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new AppendException(
                    "an entry of " + payload.length + " bytes is longer than the journal's " + MAX_PAYLOAD,
                    null,
                    false);
        }
        try {
            if (currentSize >= segmentBytes) {
                closed.add(new ClosedSegment(currentPath, nextSequence - 1));
                current.close();
                startSegment();
            }
        } catch (IOException e) {
            broken = e;
            throw new AppendException("starting a journal segment failed: " + e.getMessage(), e, false);
        }
        long sequence = nextSequence;
        ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
        record.putInt(payload.length)
                .putInt(checksum(sequence, payload))
                .putLong(sequence)
                .put(payload)
                .flip();
        long start = currentSize;
        long end = start + HEADER + payload.length;
        try {
            if (end > preallocatedEnd) {
                preallocate(end + Math.min(PREALLOCATE_BYTES, segmentBytes));
            }
            for (long at = start; record.hasRemaining(); ) {
                at += current.write(record, at);
            }
            current.force(false);
        } catch (IOException e) {
            throw cutOff(start, e);
        }
        currentSize = end;
        nextSequence = sequence + 1;
        return sequence;
    }

    /** Writes zeros from the end of the current segment's file to {@code length}. */
    private void preallocate(long length) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(PREALLOCATE_BYTES, length - preallocatedEnd));
        for (long at = preallocatedEnd; at < length; ) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), length - at));
            at += current.write(zeros, at);
        }
        preallocatedEnd = length;
    }

    /** Deletes the closed segments whose entries are all at or before {@code sequence}. */
    synchronized void releaseThrough(long sequence) throws IOException {
        while (!closed.isEmpty() && closed.peekFirst().lastSequence() <= sequence) {
            Files.deleteIfExists(closed.pollFirst().path());
        }
    }

    /** True if some closed segment holds only entries at or before {@code sequence}. */
    synchronized boolean canRelease(long sequence) {
        return !closed.isEmpty() && closed.peekFirst().lastSequence() <= sequence;
    }

    /**
     * Deletes every segment and starts an empty one, when the database holds everything up to
     * {@code sequence}, the last entry appended (a clean stop).
     */
    synchronized void releaseAll(long sequence) throws IOException {
        if (broken != null || sequence != nextSequence - 1 || currentSize == 0) {
            releaseThrough(sequence);
            return;
        }
        releaseThrough(sequence);
        current.close();
        Path old = currentPath;
        startSegment();
        Files.deleteIfExists(old);
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.warn("Closing journal segment {} failed", currentPath, e);
            }
        }
    }

    private AppendException cutOff(long start, IOException cause) {
        try {
            current.truncate(start);
            preallocatedEnd = start;
            current.force(false);
            return new AppendException(
                    "writing a journal entry failed, nothing was stored: " + cause.getMessage(), cause, false);
        } catch (IOException again) {
            cause.addSuppressed(again);
            broken = cause;
            return new AppendException(
                    "writing a journal entry failed, and cutting it off failed too: " + cause.getMessage(),
                    cause,
                    true);
        }
    }

    private void startSegment() throws IOException {
        currentPath = directory.resolve(String.format("%020d%s", nextSequence, SUFFIX));
        current = FileChannel.open(
                currentPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        currentSize = 0;
        preallocatedEnd = 0;
        current.force(true);
        // The new file's name must be on disk too, or a crash could lose the segment as a whole.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    /** Reads one segment's records, adding those after {@code after}; returns where they end. */
    private static SegmentEnd readSegment(Path file, long first, boolean last, long after, List<Entry> entries)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = 0;
            long sequence = first - 1;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (position < size) {
                String damage = null;
                byte[] payload = null;
                if (size - position < HEADER) {
                    damage = "a record header cut short";
                } else {
                    header.clear();
                    readFully(channel, header, position);
                    header.flip();
                    int length = header.getInt();
                    int crc = header.getInt();
                    long recordSequence = header.getLong();
                    if (length < 0 || length > MAX_PAYLOAD || length > size - position - HEADER) {
                        damage = "a record of bad length " + length;
                    } else {
                        ByteBuffer body = ByteBuffer.allocate(length);
                        readFully(channel, body, position + HEADER);
                        payload = body.array();
                        if (checksum(recordSequence, payload) != crc) {
                            damage = "a record failing its checksum";
                        } else if (recordSequence != sequence + 1) {
                            damage = "entry " + recordSequence + " where " + (sequence + 1) + " was expected";
                        }
                    }
                    if (damage == null) {
                        sequence = recordSequence;
                        if (sequence > after) {
                            entries.add(new Entry(sequence, payload));
                        }
                        position += HEADER + length;
                        continue;
                    }
                }
                if (allZeros(channel, position, size)) {
                    // Preallocated and not used yet; entries missing in between would show as a
                    // gap in the sequence numbers of the next segment.
                    break;
                }
                if (!last || !tornTail(channel, position, size)) {
                    throw new IOException("journal segment " + file + " is damaged at byte " + position + ": " + damage
                            + "; acknowledged entries may be lost, so the journal is not opened");
                }
                LOG.warn(
                        "Journal segment {} ends in {} at byte {} (an entry whose write never finished, so never"
                                + " acknowledged); cutting off {} bytes",
                        file,
                        damage,
                        position,
                        size - position);
                channel.truncate(position);
                channel.force(true);
                break;
            }
            return new SegmentEnd(sequence, position);
        }
    }

    /**
     * True if the damaged record at {@code position} is the last write, never finished: it runs
     * to the end of the file (or past it), or everything after it is zeros (the file grew, or was
     * preallocated, and the data never got there). Damage with whole records behind it is
     * something else.
     */
    private static boolean tornTail(FileChannel channel, long position, long size) throws IOException {
        if (size - position < HEADER) {
            return true;
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        readFully(channel, header, position);
        int length = header.flip().getInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            return allZeros(channel, position + HEADER, size);
        }
        // Nothing written after the record's end but preallocated zeros: it was the last write.
        long recordEnd = position + HEADER + length;
        return recordEnd >= size || allZeros(channel, recordEnd, size);
    }

    /** True if every byte from {@code position} to {@code size} is zero. */
    private static boolean allZeros(FileChannel channel, long position, long size) throws IOException {
        ByteBuffer rest = ByteBuffer.allocate(64 * 1024);
        for (long at = position; at < size; ) {
            rest.clear();
            int read = channel.read(rest, at);
            if (read < 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (rest.get(i) != 0) {
                    return false;
                }
            }
            at += read;
        }
        return true;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("unexpected end of the journal at byte " + at);
            }
            at += read;
        }
    }

    private static List<Path> segmentFiles(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        files.sort((a, b) -> Long.compare(firstSequence(a), firstSequence(b)));
        return files;
    }

    private static long firstSequence(Path file) {
        String name = file.getFileName().toString();
        try {
            return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a journal segment name: " + file, e);
        }
    }

    private static int checksum(long sequence, byte[] payload) {
        CRC32C crc = new CRC32C();
        ByteBuffer number = ByteBuffer.allocate(Long.BYTES).putLong(sequence).flip();
        crc.update(number);
        crc.update(payload);
        return (int) crc.getValue();
    }

    private record ClosedSegment(Path path, long lastSequence) {}

    /** The last sequence number read from a segment, and the byte after its last whole record. */
    private record SegmentEnd(long lastSequence, long position) {}
}

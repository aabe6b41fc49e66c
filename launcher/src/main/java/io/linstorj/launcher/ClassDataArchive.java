package io.linstorj.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive (JDK 13+ dynamic AppCDS) for one kind of child JVM, so that a
 * controller or satellite JVM maps the classes it loads at start from a file instead of parsing
 * and verifying them again: the first child of a kind writes the archive when it exits
 * ({@code -XX:ArchiveClassesAtExit}), the later ones start with it ({@code -XX:SharedArchiveFile}).
 *
 * <p>The archive is a cache in {@code <java.io.tmpdir>/linstorj-cds} (or the directory given),
 * named after the kind and a digest of the Java runtime and of the class path with each jar's size
 * and modification time, so that a rebuilt jar or another JDK gets an archive of its own instead
 * of one the JVM would refuse. Only a class path of jar files can be archived (the JVM refuses to
 * dump with a non-empty directory on it): otherwise {@link #prepare} gives no options. One child at
 * a time writes (it claims a lock file); it writes to a file of its own, which becomes the archive
 * only once it ended cleanly. The JVM's CDS messages are switched off: a missing or unusable
 * archive means a slower start, never a failed one.
 *
 * <p>The directory stays bounded: each time an archive is written, the archives of the same kind
 * for other builds beyond the {@value #KEPT_PER_KIND} used last (the new one among them; a use
 * renews an archive's modification time) are deleted, and so are written files of the kind that a
 * parent which died never turned into an archive. Only files named as this class names them are
 * touched: nothing else in the directory is deleted.
 *
 * <pre>{@code
 * ClassDataArchive.Use cds = ClassDataArchive.inTempDir().prepare("satellite", classPath);
 * ChildJvm child = ChildJvm.start(name, cds.jvmOptions(), mainClass, args, logFile);
 * child.onExit().thenRun(() -> cds.childEnded(child.endedCleanly()));
 * }</pre>
 */
public final class ClassDataArchive {
    /** A lock older than this belongs to a writer that died; the next child may write instead. */
    private static final Duration STALE_LOCK = Duration.ofMinutes(5);

    /**
     * How many archives of one kind the directory keeps: the current build's, and a few of other
     * checkouts or JDKs that may still be in use, each tens of MB.
     */
    public static final int KEPT_PER_KIND = 3;

    private static final String DIGEST = "[0-9a-f]{24}";

    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,30}");

    private final Path directory;

    /** Archives in {@code directory}, created when first needed. */
    public ClassDataArchive(Path directory) {
        this.directory = directory;
    }

    /** Archives in {@code <java.io.tmpdir>/linstorj-cds}. */
    public static ClassDataArchive inTempDir() {
        return new ClassDataArchive(Path.of(System.getProperty("java.io.tmpdir"), "linstorj-cds"));
    }

    /**
     * What one child of kind {@code kind} started with: its JVM options, and whether it writes
     * the archive.
     */
    public static final class Use {
        private final List<String> jvmOptions;
        private final Optional<Path> writing;
        private final Optional<Path> archive;
        private final Optional<Path> lock;
        private final Runnable afterWritten;

        private Use(
                List<String> jvmOptions,
                Optional<Path> writing,
                Optional<Path> archive,
                Optional<Path> lock,
                Runnable afterWritten) {
            this.jvmOptions = List.copyOf(jvmOptions);
            this.writing = writing;
            this.archive = archive;
            this.lock = lock;
            this.afterWritten = afterWritten;
        }

        static Use none() {
            return new Use(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), () -> {});
        }

        /** The JVM options to start the child with (none where the class path cannot be archived). */
        public List<String> jvmOptions() {
            return jvmOptions;
        }

        /** True if this child writes the archive when it exits. */
        public boolean writes() {
            return writing.isPresent();
        }

        /**
         * Called once the child ended: the archive it wrote becomes the kind's archive if it ended
         * cleanly ({@code clean}: asked to stop, not killed), else it is dropped; the lock goes.
         * A new archive makes the kind's archives of builds not used lately go.
         */
        public void childEnded(boolean clean) {
            if (writing.isEmpty()) {
                return;
            }
            Path written = writing.get();
            try {
                if (clean && Files.size(written) > 0) {
                    move(written, archive.orElseThrow());
                    afterWritten.run();
                } else {
                    Files.deleteIfExists(written);
                }
            } catch (IOException e) {
                // A cache: without it the next child starts slower, and writes it again.
                deleteQuietly(written);
            } finally {
                lock.ifPresent(ClassDataArchive::deleteQuietly);
            }
        }
    }

    /**
     * The options for the next child of kind {@code kind} (e.g. {@code satellite}) started with
     * {@code classPath}: the kind's archive where it exists, else writing it (if no other child
     * does), else none.
     *
     * @throws IllegalArgumentException unless {@code kind} is a short lower-case word
     */
    public Use prepare(String kind, String classPath) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a CDS archive kind is a short lower-case word, not '" + kind + "'");
        }
        Optional<String> digest = digest(classPath);
        if (digest.isEmpty()) {
            return Use.none();
        }
        Path archive = directory.resolve(kind + "-" + digest.get() + ".jsa");
        if (Files.isRegularFile(archive)) {
            renew(archive);
            List<String> options = new ArrayList<>(QUIET);
            options.add("-XX:SharedArchiveFile=" + archive);
            return new Use(options, Optional.empty(), Optional.of(archive), Optional.empty(), () -> {});
        }
        Path lock = directory.resolve(kind + "-" + digest.get() + ".lock");
        if (!claim(lock)) {
            return Use.none();
        }
        Path writing = directory.resolve(
                kind + "-" + digest.get() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        List<String> options = new ArrayList<>(QUIET);
        options.add("-XX:ArchiveClassesAtExit=" + writing);
        return new Use(
                options, Optional.of(writing), Optional.of(archive), Optional.of(lock), () -> prune(kind, archive));
    }

    /** Marks {@code archive} as used now, so that pruning keeps it among the ones used last. */
    private static void renew(Path archive) {
        try {
            Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Pruning may then take it for unused; the next child of its build writes it again.
        }
    }

    /**
     * Deletes the archives of {@code kind} beyond the {@link #KEPT_PER_KIND} used last, never
     * {@code current}, and the kind's written files that no child turned into an archive (older
     * than a stale lock: their writer's parent died).
     */
    private void prune(String kind, Path current) {
        Pattern archives = Pattern.compile(Pattern.quote(kind) + "-" + DIGEST + "\\.jsa");
        Pattern written = Pattern.compile(Pattern.quote(kind) + "-" + DIGEST + "\\.[0-9]+-[0-9]+\\.tmp");
        Instant stale = Instant.now().minus(STALE_LOCK);
        List<Aged> others = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (archives.matcher(name).matches() && !file.equals(current)) {
                    lastModified(file).ifPresent(time -> others.add(new Aged(file, time)));
                } else if (written.matcher(name).matches()) {
                    lastModified(file).filter(time -> time.isBefore(stale)).ifPresent(time -> deleteQuietly(file));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return; // A cache: what is not pruned now is pruned when the next archive is written.
        }
        others.stream()
                .sorted(Comparator.comparing(Aged::modified).reversed())
                .skip(KEPT_PER_KIND - 1)
                .forEach(aged -> deleteQuietly(aged.file()));
    }

    /** A file and when it was last modified. */
    private record Aged(Path file, Instant modified) {}

    private static Optional<Instant> lastModified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean claim(Path lock) {
        try {
            Files.createDirectories(directory);
            try {
                Files.createFile(lock);
                return true;
            } catch (FileAlreadyExistsException e) {
                FileTime since = Files.getLastModifiedTime(lock);
                if (since.toInstant().isBefore(Instant.now().minus(STALE_LOCK))) {
                    Files.setLastModifiedTime(lock, FileTime.from(Instant.now()));
                    return true;
                }
                return false;
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A digest of the runtime and of every class path entry with its size and modification time;
     * empty if an entry is no jar file (a directory cannot be archived) or cannot be read.
     */
    private static Optional<String> digest(String classPath) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, System.getProperty("java.home"));
            update(sha, System.getProperty("java.vm.version"));
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                if (entry.isEmpty()) {
                    continue;
                }
                Path jar = Path.of(entry);
                if (!Files.isRegularFile(jar)) {
                    return Optional.empty();
                }
                update(sha, jar.toAbsolutePath().toString());
                update(sha, Long.toString(Files.size(jar)));
                update(sha, Long.toString(Files.getLastModifiedTime(jar).toMillis()));
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest(), 0, 12));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    private static void update(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind in the cache directory; harmless.
        }
    }
}

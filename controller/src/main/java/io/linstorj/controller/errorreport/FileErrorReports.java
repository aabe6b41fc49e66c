package io.linstorj.controller.errorreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error reports as files {@code ErrorReport-{id}.log} in one directory ({@code DATA/error-reports}).
 *
 * <p>Ids are LINSTOR's shape: the instance (this start's epoch second in hex, 8 digits), the node
 * ({@code 00000}: the controller) and a sequence number from 0, e.g. {@code 6B0E9244-00000-000013}.
 * After each report the directory is pruned to the newest {@code maxReports} files and
 * {@code maxBytes} in total, so that a bug hit in a loop cannot fill the disk. Writing never
 * throws: a report that cannot be written is logged and answered with no id.
 *
 * <pre>{@code
 * ErrorReports reports = FileErrorReports.open(dataDir.resolve("error-reports"), "vm", "0.1.0", Clock.systemUTC());
 * String id = reports.report(bug, "API call CrtNode");
 * }</pre>
 */
public final class FileErrorReports implements ErrorReports {
    /** Reports kept by default. */
    public static final int DEFAULT_MAX_REPORTS = 1000;
    /** Bytes of reports kept by default: 100 MiB. */
    public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileErrorReports.class);
    private static final Pattern ID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{5}-[0-9]{6,}");

    private final Path directory;
    private final String nodeName;
    private final String version;
    private final Clock clock;
    private final String instance;
    private final int maxReports;
    private final long maxBytes;
    private final AtomicLong sequence = new AtomicLong();
    private final Object pruning = new Object();
    /** Headers already read, by id: a listing (and each metrics scrape) reads a file once, not every time. */
    private final Map<String, ErrorReport> headers = new ConcurrentHashMap<>();

    private FileErrorReports(
            Path directory, String nodeName, String version, Clock clock, int maxReports, long maxBytes) {
        this.directory = directory;
        this.nodeName = nodeName;
        this.version = version;
        this.clock = clock;
        this.instance = String.format("%08X", clock.instant().getEpochSecond());
        this.maxReports = maxReports;
        this.maxBytes = maxBytes;
    }

    /** Opens (creates) {@code directory} with the default bounds. */
    public static FileErrorReports open(Path directory, String nodeName, String version, Clock clock) {
        return open(directory, nodeName, version, clock, DEFAULT_MAX_REPORTS, DEFAULT_MAX_BYTES);
    }

    /**
     * Opens (creates) {@code directory} keeping at most {@code maxReports} reports and {@code maxBytes}.
     *
     * @throws java.io.UncheckedIOException if the directory cannot be created
     */
    public static FileErrorReports open(
            Path directory, String nodeName, String version, Clock clock, int maxReports, long maxBytes) {
        if (maxReports < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("maxReports and maxBytes must be positive");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create error report directory " + directory, e);
        }
        return new FileErrorReports(directory, nodeName, version, clock, maxReports, maxBytes);
    }

    @Override
    public String report(Throwable error, String context) {
        String id = nextId();
        try {
            ErrorReport report = ErrorReportText.describe(
                    id,
                    nodeName,
                    version,
                    clock.millis(),
                    Thread.currentThread().getName(),
                    error,
                    context);
            write(report.filename(), report.text().orElseThrow());
            LOG.error("Error report {} written: {} ({})", id, error, context);
            prune();
            return id;
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not write error report {} for {} ({}): {}", id, error, context, e.toString());
            return "";
        }
    }

    /** The next id whose file does not exist yet (a restart within the same second reuses the instance). */
    private String nextId() {
        String id;
        do {
            id = instance + "-00000-" + String.format("%06d", sequence.getAndIncrement());
        } while (Files.exists(directory.resolve(ErrorReport.fileName(id))));
        return id;
    }

    @Override
    public List<ErrorReport> list(ErrorReportQuery query) {
        List<ErrorReport> matching = new ArrayList<>();
        List<Path> files = reportFiles();
        Set<String> present = new HashSet<>();
        for (Path file : files) {
            present.add(idOf(file));
            header(file)
                    .filter(query::matches)
                    .flatMap(report -> query.withContent() ? read(file, true) : Optional.of(report))
                    .ifPresent(matching::add);
        }
        headers.keySet().retainAll(present);
        matching.sort(Comparator.comparingLong(ErrorReport::errorTime).thenComparing(ErrorReport::id));
        return matching.stream()
                .skip(query.offset())
                .limit(query.limit() == 0 ? Long.MAX_VALUE : query.limit())
                .toList();
    }

    @Override
    public Optional<ErrorReport> get(String id) {
        String normal = id.toUpperCase(Locale.ROOT);
        if (!ID.matcher(normal).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(ErrorReport.fileName(normal));
        return Files.isRegularFile(file) ? read(file, true) : Optional.empty();
    }

    @Override
    public List<String> delete(ErrorReportDeletion deletion) {
        List<String> deleted = new ArrayList<>();
        for (ErrorReport report : list(ErrorReportQuery.all())) {
            if (deletion.matches(report)) {
                try {
                    Files.deleteIfExists(directory.resolve(report.filename()));
                    deleted.add(report.id());
                } catch (IOException e) {
                    LOG.warn("Could not delete error report {}: {}", report.id(), e.toString());
                }
            }
        }
        return deleted;
    }

    @Override
    public Map<Origin, Long> counts() {
        Map<Origin, Long> counts =
                new TreeMap<>(Comparator.comparing(Origin::hostname).thenComparing(Origin::module));
        for (ErrorReport report : list(ErrorReportQuery.all())) {
            counts.merge(new Origin(report.nodeName(), report.module()), 1L, Long::sum);
        }
        return counts;
    }

    /** Written under a temporary name and moved, so that a listing never reads half a report. */
    private void write(String fileName, String text) throws IOException {
        Path temporary = directory.resolve(fileName + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, directory.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, directory.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the oldest reports beyond the bounds; only files named as our reports are touched. */
    private void prune() {
        synchronized (pruning) {
            List<FileSize> files = new ArrayList<>();
            for (Path file : reportFiles()) {
                try {
                    files.add(new FileSize(
                            file,
                            Files.size(file),
                            Files.getLastModifiedTime(file).toMillis()));
                } catch (IOException e) {
                    // Deleted meanwhile.
                }
            }
            files.sort(Comparator.comparingLong(FileSize::modified)
                    .reversed()
                    .thenComparing(file -> file.path().getFileName().toString(), Comparator.reverseOrder()));
            long bytes = 0;
            for (int i = 0; i < files.size(); i++) {
                bytes += files.get(i).size();
                if (i >= maxReports || (i > 0 && bytes > maxBytes)) {
                    try {
                        Files.deleteIfExists(files.get(i).path());
                    } catch (IOException e) {
                        LOG.warn(
                                "Could not prune error report {}: {}",
                                files.get(i).path(),
                                e.toString());
                    }
                }
            }
        }
    }

    private List<Path> reportFiles() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "ErrorReport-*.log")) {
            for (Path file : stream) {
                if (ID.matcher(idOf(file)).matches()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list error reports in {}: {}", directory, e.toString());
        }
        return files;
    }

    private Optional<ErrorReport> header(Path file) {
        ErrorReport known = headers.get(idOf(file));
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ErrorReport> read = read(file, false);
        read.ifPresent(report -> headers.put(report.id(), report));
        return read;
    }

    private static Optional<ErrorReport> read(Path file, boolean withContent) {
        try {
            return ErrorReportText.parse(idOf(file), Files.readString(file, StandardCharsets.UTF_8), withContent);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring("ErrorReport-".length(), name.length() - ".log".length());
    }

    private record FileSize(Path path, long size, long modified) {}
}

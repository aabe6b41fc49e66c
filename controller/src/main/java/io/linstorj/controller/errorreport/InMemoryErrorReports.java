package io.linstorj.controller.errorreport;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Error reports kept in memory, the newest {@code maxReports}: for tests and for a controller
 * whose state lives in an external database without a data directory of its own.
 */
public final class InMemoryErrorReports implements ErrorReports {
    private final String nodeName;
    private final String version;
    private final Clock clock;
    private final String instance;
    private final int maxReports;
    private final Deque<ErrorReport> reports = new ArrayDeque<>();
    private long sequence;

    /** Keeps at most {@code maxReports} reports. */
    public InMemoryErrorReports(String nodeName, String version, Clock clock, int maxReports) {
        this.nodeName = nodeName;
        this.version = version;
        this.clock = clock;
        this.instance = String.format("%08X", clock.instant().getEpochSecond());
        this.maxReports = maxReports;
    }

    @Override
    public synchronized String report(Throwable error, String context) {
        String id = instance + "-00000-" + String.format("%06d", sequence++);
        reports.addLast(ErrorReportText.describe(
                id, nodeName, version, clock.millis(), Thread.currentThread().getName(), error, context));
        while (reports.size() > maxReports) {
            reports.removeFirst();
        }
        return id;
    }

    @Override
    public synchronized List<ErrorReport> list(ErrorReportQuery query) {
        return reports.stream()
                .filter(query::matches)
                .sorted(Comparator.comparingLong(ErrorReport::errorTime).thenComparing(ErrorReport::id))
                .skip(query.offset())
                .limit(query.limit() == 0 ? Long.MAX_VALUE : query.limit())
                .map(report -> query.withContent() ? report : report.withoutText())
                .toList();
    }

    @Override
    public synchronized Optional<ErrorReport> get(String id) {
        return reports.stream()
                .filter(report -> report.id().equalsIgnoreCase(id))
                .findFirst();
    }

    @Override
    public synchronized List<String> delete(ErrorReportDeletion deletion) {
        List<String> deleted = new ArrayList<>();
        reports.removeIf(report -> deletion.matches(report) && deleted.add(report.id()));
        return deleted;
    }

    @Override
    public synchronized Map<Origin, Long> counts() {
        Map<Origin, Long> counts =
                new TreeMap<>(Comparator.comparing(Origin::hostname).thenComparing(Origin::module));
        reports.forEach(report -> counts.merge(new Origin(report.nodeName(), report.module()), 1L, Long::sum));
        return counts;
    }
}

package io.linstorj.controller.errorreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileErrorReportsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(0x6B0E9244L), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aReportGetsALinstorStyleIdAndIsReadBackFromItsFile() {
        FileErrorReports reports = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK);

        String id = reports.report(new IllegalStateException("broken\nFake header:  x"), "API call CrtNode");

        assertThat(id).isEqualTo("6B0E9244-00000-000000");
        assertThat(dir.resolve("ErrorReport-6B0E9244-00000-000000.log")).exists();
        ErrorReport report = FileErrorReports.open(dir, "other", "0.2.0", CLOCK)
                .get(id.toLowerCase())
                .orElseThrow();
        assertThat(report.nodeName()).isEqualTo("vm");
        assertThat(report.module()).isEqualTo("CONTROLLER");
        assertThat(report.version()).isEqualTo("0.1.0");
        assertThat(report.errorTime()).isEqualTo(CLOCK.millis());
        assertThat(report.exception()).isEqualTo("IllegalStateException");
        assertThat(report.exceptionMessage()).isEqualTo("broken Fake header:  x");
        assertThat(report.originFile()).isEqualTo("FileErrorReportsTest.java");
        assertThat(report.context()).isEqualTo("API call CrtNode");
        assertThat(report.text())
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("ERROR REPORT 6B0E9244-00000-000000")
                        .contains("at io.linstorj.controller.errorreport"));
    }

    @Test
    void aRestartWithinTheSameSecondDoesNotOverwriteEarlierReports() {
        String first = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK).report(new RuntimeException("a"), "");
        String second = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK).report(new RuntimeException("b"), "");

        assertThat(second).isNotEqualTo(first);
        assertThat(FileErrorReports.open(dir, "vm", "0.1.0", CLOCK).list(ErrorReportQuery.all()))
                .hasSize(2);
    }

    @Test
    void listingFiltersByTimeAndNodeAndPagesWithoutTexts() {
        FileErrorReports reports = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK);
        for (int i = 0; i < 3; i++) {
            reports.report(new RuntimeException("r" + i), "");
        }

        assertThat(reports.list(
                        new ErrorReportQuery(OptionalLong.empty(), OptionalLong.empty(), Set.of(), 1, 1, false)))
                .singleElement()
                .satisfies(report -> {
                    assertThat(report.id()).isEqualTo("6B0E9244-00000-000001");
                    assertThat(report.text()).isEmpty();
                });
        assertThat(reports.list(new ErrorReportQuery(
                        OptionalLong.of(CLOCK.millis() + 1), OptionalLong.empty(), Set.of(), 0, 0, false)))
                .isEmpty();
        assertThat(reports.list(
                        new ErrorReportQuery(OptionalLong.empty(), OptionalLong.empty(), Set.of("VM"), 0, 0, true)))
                .hasSize(3)
                .allSatisfy(report -> assertThat(report.text()).isPresent());
        assertThat(reports.list(
                        new ErrorReportQuery(OptionalLong.empty(), OptionalLong.empty(), Set.of("alpha"), 0, 0, false)))
                .isEmpty();
    }

    @Test
    void deletionRemovesOnlyTheReportsItSelectsAndAnEmptyDeletionNone() throws Exception {
        FileErrorReports reports = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK);
        String kept = reports.report(new IllegalStateException("kept"), "");
        String gone = reports.report(new IllegalArgumentException("gone"), "");
        Files.writeString(dir.resolve("notes.txt"), "not ours");

        assertThat(reports.delete(new ErrorReportDeletion(
                        OptionalLong.empty(),
                        OptionalLong.empty(),
                        Set.of(),
                        Optional.empty(),
                        Optional.empty(),
                        Set.of())))
                .isEmpty();
        assertThat(reports.delete(new ErrorReportDeletion(
                        OptionalLong.empty(),
                        OptionalLong.empty(),
                        Set.of(),
                        Optional.of("IllegalArgumentException"),
                        Optional.empty(),
                        Set.of())))
                .containsExactly(gone);

        assertThat(reports.list(ErrorReportQuery.all()))
                .extracting(ErrorReport::id)
                .containsExactly(kept);
        assertThat(dir.resolve("notes.txt")).exists();
        assertThat(reports.counts())
                .containsExactly(java.util.Map.entry(new ErrorReports.Origin("vm", "CONTROLLER"), 1L));
    }

    @Test
    void theDirectoryIsPrunedToTheNewestReports() throws Exception {
        FileErrorReports reports = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK, 3, 1024L * 1024);
        for (int i = 0; i < 5; i++) {
            reports.report(new RuntimeException("r" + i), "");
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).hasSize(3);
        }
        assertThat(reports.list(ErrorReportQuery.all()))
                .extracting(ErrorReport::exceptionMessage)
                .containsExactlyInAnyOrder("r2", "r3", "r4");
    }

    @Test
    void theDirectoryIsPrunedToItsByteBoundKeepingTheNewest() throws Exception {
        FileErrorReports reports = FileErrorReports.open(dir, "vm", "0.1.0", CLOCK, 1000, 1);
        reports.report(new RuntimeException("old"), "");
        reports.report(new RuntimeException("new"), "");

        List<ErrorReport> left = reports.list(ErrorReportQuery.all());
        assertThat(left)
                .singleElement()
                .extracting(ErrorReport::exceptionMessage)
                .isEqualTo("new");
    }
}

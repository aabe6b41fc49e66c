package io.linstorj.controller.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path directory;

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(Journal.Opened opened) {
        return opened.entries().stream()
                .map(entry -> entry.sequence() + ":" + new String(entry.payload(), StandardCharsets.UTF_8))
                .toList();
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    @Test
    void appendedEntriesComeBackOnOpenAfterTheSequenceTheDatabaseHolds() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        assertThat(journal.append(text("a"))).isEqualTo(1);
        assertThat(journal.append(text("b"))).isEqualTo(2);
        assertThat(journal.append(text("c"))).isEqualTo(3);
        journal.close();

        Journal.Opened all = Journal.open(directory, 0);
        assertThat(texts(all)).containsExactly("1:a", "2:b", "3:c");
        all.journal().close();
        Journal.Opened afterOne = Journal.open(directory, 1);
        assertThat(texts(afterOne)).containsExactly("2:b", "3:c");
        assertThat(afterOne.journal().append(text("d"))).isEqualTo(4);
        afterOne.journal().close();
        assertThat(texts(Journal.open(directory, 3))).containsExactly("4:d");
    }

    @Test
    void anEntryCutShortAtTheEndIsCutOffAndAppendingGoesOnAfterTheLastWholeOne() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        journal.append(text("first"));
        journal.append(text("second"));
        journal.close();
        Path segment = segments().get(0);
        long whole = 16 + "first".length() + 16 + "second".length();
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(whole - 3);
        }

        Journal.Opened opened = Journal.open(directory, 0);
        assertThat(texts(opened)).containsExactly("1:first");
        assertThat(opened.journal().append(text("again"))).isEqualTo(2);
        opened.journal().close();
        assertThat(texts(Journal.open(directory, 0))).containsExactly("1:first", "2:again");
    }

    @Test
    void aSegmentIsPreallocatedAheadOfItsEntriesAndAReopenedJournalAppendsAfterTheLastOne() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        journal.append(text("a"));
        journal.close();
        Path segment = segments().get(0);
        assertThat(Files.size(segment)).isGreaterThanOrEqualTo(Journal.PREALLOCATE_BYTES);

        Journal.Opened opened = Journal.open(directory, 0);
        assertThat(opened.journal().append(text("b"))).isEqualTo(2);
        opened.journal().close();

        assertThat(texts(Journal.open(directory, 0))).containsExactly("1:a", "2:b");
        assertThat(Files.size(segment)).isGreaterThanOrEqualTo(Journal.PREALLOCATE_BYTES);
    }

    @Test
    void anEntryHalfWrittenIntoPreallocatedZerosIsCutOff() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        journal.append(text("first"));
        journal.append(text("second"));
        journal.close();
        Path segment = segments().get(0);
        long whole = 16 + "first".length() + 16 + "second".length();
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            // The data of the second entry's last bytes never reached the disk.
            channel.write(ByteBuffer.allocate(3), whole - 3);
        }

        Journal.Opened opened = Journal.open(directory, 0);
        assertThat(texts(opened)).containsExactly("1:first");
        assertThat(opened.journal().append(text("again"))).isEqualTo(2);
        opened.journal().close();
        assertThat(texts(Journal.open(directory, 0))).containsExactly("1:first", "2:again");
    }

    @Test
    void zerosAfterTheLastWholeEntryAreAnUnfinishedWriteAndCutOff() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        journal.append(text("kept"));
        journal.close();
        Path segment = segments().get(0);
        Files.write(segment, new byte[100], StandardOpenOption.APPEND);

        assertThat(texts(Journal.open(directory, 0))).containsExactly("1:kept");
    }

    @Test
    void damageWithWholeEntriesBehindItIsRefusedRatherThanLosingThem() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        journal.append(text("one"));
        journal.append(text("two"));
        journal.append(text("three"));
        journal.close();
        Path segment = segments().get(0);
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            // The first record's payload starts after its 16-byte header.
            channel.write(ByteBuffer.wrap(text("X")), 16);
        }

        assertThatThrownBy(() -> Journal.open(directory, 0))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("damaged at byte 0")
                .hasMessageContaining("not opened");
    }

    @Test
    void entriesMissingBetweenTheDatabaseAndTheJournalAreRefused() throws IOException {
        Journal journal = Journal.open(directory, 0, 1).journal();
        journal.append(text("a"));
        journal.append(text("b"));
        journal.append(text("c"));
        journal.close();
        Files.delete(segments().get(0));

        assertThatThrownBy(() -> Journal.open(directory, 0))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("entries 1 to 1 are missing");
        assertThat(texts(Journal.open(directory, 1))).containsExactly("2:b", "3:c");
    }

    @Test
    void closedSegmentsGoOnceTheDatabaseHoldsAllTheirEntries() throws IOException {
        Journal journal = Journal.open(directory, 0, 1).journal();
        for (int i = 1; i <= 4; i++) {
            journal.append(text("entry " + i));
        }
        assertThat(segments()).hasSize(4);
        assertThat(journal.canRelease(0)).isFalse();

        journal.releaseThrough(2);
        assertThat(segments())
                .extracting(path -> path.getFileName().toString())
                .containsExactly("00000000000000000003.journal", "00000000000000000004.journal");
        journal.releaseAll(4);
        journal.close();
        Journal.Opened reopened = Journal.open(directory, 4);
        assertThat(reopened.entries()).isEmpty();
        assertThat(reopened.journal().append(text("next"))).isEqualTo(5);
        reopened.journal().close();
    }

    @Test
    void aDatabaseAheadOfTheJournalContinuesTheNumbering() throws IOException {
        Journal journal = Journal.open(directory, 0).journal();
        journal.append(text("a"));
        journal.close();

        Journal.Opened opened = Journal.open(directory, 7);
        assertThat(opened.entries()).isEmpty();
        assertThat(opened.journal().append(text("b"))).isEqualTo(8);
        opened.journal().releaseThrough(7);
        opened.journal().close();
        assertThat(texts(Journal.open(directory, 7))).containsExactly("8:b");
    }
}

package io.linstorj.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first child of a kind writes the archive, one at a time; the later ones start with it. */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    private String jarClassPath() throws IOException {
        Path a = Files.writeString(dir.resolve("a.jar"), "not really a jar");
        Path b = Files.writeString(dir.resolve("b.jar"), "nor this");
        return a + File.pathSeparator + b;
    }

    private static String optionStartingWith(ClassDataArchive.Use use, String prefix) {
        return use.jvmOptions().stream()
                .filter(o -> o.startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theFirstChildWritesTheArchiveAndTheNextStartsWithIt() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        String classPath = jarClassPath();

        ClassDataArchive.Use first = archives.prepare("satellite", classPath);
        assertThat(first.writes()).isTrue();
        Path written =
                Path.of(optionStartingWith(first, "-XX:ArchiveClassesAtExit=").split("=", 2)[1]);
        Files.writeString(written, "what the JVM dumped");
        first.childEnded(true);

        ClassDataArchive.Use next = archives.prepare("satellite", classPath);
        assertThat(next.writes()).isFalse();
        Path used = Path.of(optionStartingWith(next, "-XX:SharedArchiveFile=").split("=", 2)[1]);
        assertThat(used).hasContent("what the JVM dumped");
        assertThat(next.jvmOptions()).contains("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    @Test
    void whileOneChildWritesTheOthersStartWithoutArchive() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        String classPath = jarClassPath();

        ClassDataArchive.Use writer = archives.prepare("controller", classPath);
        ClassDataArchive.Use other = archives.prepare("controller", classPath);

        assertThat(writer.writes()).isTrue();
        assertThat(other.jvmOptions()).isEmpty();
    }

    @Test
    void eachKindHasAnArchiveOfItsOwn() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        String classPath = jarClassPath();

        assertThat(archives.prepare("controller", classPath).writes()).isTrue();
        assertThat(archives.prepare("satellite", classPath).writes()).isTrue();
    }

    @Test
    void aChildKilledWhileWritingLeavesNoArchiveAndTheNextWritesAgain() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        String classPath = jarClassPath();
        ClassDataArchive.Use killed = archives.prepare("satellite", classPath);
        Path written =
                Path.of(optionStartingWith(killed, "-XX:ArchiveClassesAtExit=").split("=", 2)[1]);
        Files.writeString(written, "half a dump");

        killed.childEnded(false);

        assertThat(written).doesNotExist();
        assertThat(archives.prepare("satellite", classPath).writes()).isTrue();
    }

    @Test
    void aLockLeftByADeadWriterIsTakenOverAfterAWhile() throws IOException {
        Path cds = dir.resolve("cds");
        ClassDataArchive archives = new ClassDataArchive(cds);
        String classPath = jarClassPath();
        archives.prepare("satellite", classPath);
        try (var locks = Files.list(cds)) {
            Path lock = locks.filter(p -> p.toString().endsWith(".lock"))
                    .findFirst()
                    .orElseThrow();
            Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(3600)));
        }

        assertThat(archives.prepare("satellite", classPath).writes()).isTrue();
    }

    @Test
    void aRebuiltJarGetsAnotherArchive() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        String classPath = jarClassPath();
        ClassDataArchive.Use first = archives.prepare("satellite", classPath);
        Files.writeString(
                Path.of(optionStartingWith(first, "-XX:ArchiveClassesAtExit=").split("=", 2)[1]), "dump");
        first.childEnded(true);

        Files.writeString(dir.resolve("a.jar"), "rebuilt, and longer than before");

        assertThat(archives.prepare("satellite", classPath).writes()).isTrue();
    }

    /** Writes the archive for {@code classPath} as a child that ended cleanly would; returns it. */
    private static Path written(ClassDataArchive archives, String kind, String classPath) throws IOException {
        ClassDataArchive.Use use = archives.prepare(kind, classPath);
        Path dump = Path.of(optionStartingWith(use, "-XX:ArchiveClassesAtExit=").split("=", 2)[1]);
        Files.writeString(dump, "dump for " + classPath);
        use.childEnded(true);
        return Path.of(optionStartingWith(archives.prepare(kind, classPath), "-XX:SharedArchiveFile=")
                .split("=", 2)[1]);
    }

    /** A class path of one jar of its own, {@code build} naming the build. */
    private String buildClassPath(String build) throws IOException {
        return Files.writeString(dir.resolve(build + ".jar"), "the jar of " + build)
                .toString();
    }

    private static void lastUsedHoursAgo(Path archive, int hours) throws IOException {
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(3600L * hours)));
    }

    @Test
    void writingAnArchiveDeletesTheKindsArchivesOfBuildsNotUsedLately() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        Path oldest = written(archives, "satellite", buildClassPath("build1"));
        Path older = written(archives, "satellite", buildClassPath("build2"));
        Path recent = written(archives, "satellite", buildClassPath("build3"));
        lastUsedHoursAgo(oldest, 3);
        lastUsedHoursAgo(older, 2);
        lastUsedHoursAgo(recent, 1);

        Path current = written(archives, "satellite", buildClassPath("build4"));

        assertThat(ClassDataArchive.KEPT_PER_KIND).isEqualTo(3);
        assertThat(current).exists();
        assertThat(recent).exists();
        assertThat(older).exists();
        assertThat(oldest).doesNotExist();
    }

    @Test
    void usingAnArchiveKeepsItAmongTheOnesUsedLast() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        String stillUsed = buildClassPath("build1");
        Path used = written(archives, "satellite", stillUsed);
        Path unused = written(archives, "satellite", buildClassPath("build2"));
        Path other = written(archives, "satellite", buildClassPath("build3"));
        lastUsedHoursAgo(used, 3);
        lastUsedHoursAgo(unused, 2);
        lastUsedHoursAgo(other, 1);

        assertThat(archives.prepare("satellite", stillUsed).writes()).isFalse();
        written(archives, "satellite", buildClassPath("build4"));

        assertThat(used).exists();
        assertThat(unused).doesNotExist();
    }

    @Test
    void pruningLeavesOtherKindsAndFilesItDidNotNameAlone() throws IOException {
        Path cds = dir.resolve("cds");
        ClassDataArchive archives = new ClassDataArchive(cds);
        Path controller = written(archives, "controller", buildClassPath("build1"));
        lastUsedHoursAgo(controller, 5);
        Files.createDirectories(cds);
        Path foreign = Files.writeString(cds.resolve("satellite-notours.jsa"), "someone else's");
        Path notes = Files.writeString(cds.resolve("notes.txt"), "kept");
        lastUsedHoursAgo(foreign, 5);
        lastUsedHoursAgo(notes, 5);
        for (int build = 1; build <= 4; build++) {
            written(archives, "satellite", buildClassPath("build" + build));
        }

        assertThat(controller).exists();
        assertThat(foreign).exists();
        assertThat(notes).exists();
        try (var files = Files.list(cds)) {
            assertThat(files.filter(p -> p.getFileName().toString().matches("satellite-[0-9a-f]{24}\\.jsa")))
                    .hasSize(ClassDataArchive.KEPT_PER_KIND);
        }
    }

    @Test
    void aDumpLeftByADeadParentGoesWhenTheNextArchiveIsWrittenAndAFreshOneStays() throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));
        ClassDataArchive.Use orphaned = archives.prepare("satellite", buildClassPath("build1"));
        Path left = Path.of(
                optionStartingWith(orphaned, "-XX:ArchiveClassesAtExit=").split("=", 2)[1]);
        Files.writeString(left, "a dump nobody installed");
        lastUsedHoursAgo(left, 1);
        ClassDataArchive.Use writing = archives.prepare("satellite", buildClassPath("build2"));
        Path fresh =
                Path.of(optionStartingWith(writing, "-XX:ArchiveClassesAtExit=").split("=", 2)[1]);
        Files.writeString(fresh, "a dump being written");

        written(archives, "satellite", buildClassPath("build3"));

        assertThat(left).doesNotExist();
        assertThat(fresh).exists();
    }

    @Test
    void aClassPathWithADirectoryIsNotArchived() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "a class");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));

        ClassDataArchive.Use use = archives.prepare("satellite", jarClassPath() + File.pathSeparator + classes);

        assertThat(use.jvmOptions()).isEmpty();
        assertThat(use.writes()).isFalse();
    }

    @Test
    void aKindThatIsNoShortWordIsRefused() {
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("cds"));

        assertThatThrownBy(() -> archives.prepare("../etc", "x.jar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not '../etc'");
    }
}

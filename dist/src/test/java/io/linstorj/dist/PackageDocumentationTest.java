package io.linstorj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module says what it holds: a reader finds a concept by its package, and
 * its {@code package-info.java} is where the package's purpose and limits are written down.
 */
class PackageDocumentationTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        List<Path> undocumented;
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            undocumented = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/"))
                    .map(Path::getParent)
                    .distinct()
                    .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                    .map(REPOSITORY::relativize)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), undocumented, "packages without a package-info.java");
    }
}

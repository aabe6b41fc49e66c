package io.linstorj.controller.props;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared reference data ({@code shared/reference}) that lies beside the project's
 * checkout: in the developers' workspace and in CI alike it is a sibling of an ancestor folder.
 * A system property {@code linstorj.reference} names it explicitly.
 */
final class ReferenceData {
    private ReferenceData() {}

    /** The reference folder, if it can be found. */
    static Optional<Path> folder() {
        String given = System.getProperty("linstorj.reference");
        if (given != null) {
            return Optional.of(Path.of(given));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference");
            if (Files.isRegularFile(candidate.resolve("properties.json"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

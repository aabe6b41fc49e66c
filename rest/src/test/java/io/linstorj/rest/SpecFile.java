package io.linstorj.rest;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds LINSTOR's rest_v1_openapi.yaml: {@code shared/reference/} beside the repository (as CI
 * lays it out) or beside any folder above the module. The spec is not copied into the repository.
 */
public final class SpecFile {
    private static final Path RELATIVE = Path.of("shared", "reference", "rest_v1_openapi.yaml");

    private SpecFile() {}

    /** The spec's path; fails naming where it looked when there is none. */
    public static Path locate() {
        String root = System.getProperty("maven.multiModuleProjectDirectory", System.getProperty("user.dir"));
        for (Path dir = Path.of(root).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("rest_v1_openapi.yaml not found: expected " + RELATIVE
                + " beside the repository (../shared/reference/ from the repository root), searched upwards from "
                + here);
    }
}

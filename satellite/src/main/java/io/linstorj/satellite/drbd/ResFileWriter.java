package io.linstorj.satellite.drbd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Keeps the satellite's DRBD configuration files in one directory: a {@code <resource>.res} file
 * per resource and a main file, {@value #MAIN_FILE_NAME}, that includes them all and is what
 * {@code drbdadm -c} reads.
 *
 * <p>Files are replaced atomically (a temporary file in the same directory, then a rename), so
 * drbdadm never reads half a file; they are readable by the owner only because they hold the
 * resources' shared secrets. The directory is {@value #DEFAULT_DIRECTORY} unless configured,
 * typically {@code <satellite data dir>/drbd.d}; nothing is written under {@code /etc}.
 */
public final class ResFileWriter {
    /** The default directory of the configuration files. */
    public static final String DEFAULT_DIRECTORY = "/var/lib/linstorj/drbd.d";
    /** The name of the main configuration file that includes every {@code .res} file. */
    public static final String MAIN_FILE_NAME = "linstorj-drbd.conf";

    private static final String RES_SUFFIX = ".res";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path directory;
    private final ResFileRenderer renderer;

    /** Creates a writer for {@code directory}, which is created on first write if absent. */
    public ResFileWriter(Path directory, ResFileRenderer renderer) {
        this.directory = directory.toAbsolutePath().normalize();
        this.renderer = renderer;
    }

    /** The directory holding the files. */
    public Path directory() {
        return directory;
    }

    /** The main configuration file to pass to {@code drbdadm -c}. */
    public Path mainFile() {
        return directory.resolve(MAIN_FILE_NAME);
    }

    /** The {@code .res} file of the named resource. */
    public Path resFile(String resourceName) {
        return directory.resolve(DrbdNames.resourceName(resourceName) + RES_SUFFIX);
    }

    /**
     * Writes the main file if its content differs.
     *
     * @return true if the file was created or changed
     * @throws UncheckedIOException if the directory or file cannot be written
     */
    public boolean writeMainFile() {
        String text = "# Main DRBD configuration of the LinstorJ satellite; it overwrites any change.\n"
                + "global {\n    usage-count no;\n}\n"
                + "common {\n}\n"
                + "include "
                + ResFileRenderer.quoted(directory.resolve("*" + RES_SUFFIX).toString())
                + ";\n";
        return replace(mainFile(), text);
    }

    /**
     * Renders the resource and writes its {@code .res} file if the content differs; writes the
     * main file too if needed.
     *
     * @return true if the resource's file was created or changed
     * @throws UncheckedIOException if the directory or file cannot be written
     */
    public boolean write(DrbdResource resource) {
        writeMainFile();
        return replace(resFile(resource.name()), renderer.render(resource));
    }

    /**
     * Deletes the resource's {@code .res} file.
     *
     * @return true if there was a file
     * @throws UncheckedIOException if it cannot be deleted
     */
    public boolean delete(String resourceName) {
        try {
            return Files.deleteIfExists(resFile(resourceName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + resFile(resourceName), e);
        }
    }

    private boolean replace(Path file, String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
                return false;
            }
            Files.createDirectories(directory);
            Path temporary = createTemporaryFile(file);
            try {
                Files.write(temporary, content);
                move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the DRBD configuration file " + file, e);
        }
    }

    /** A temporary file next to the target whose name does not match {@code *.res}. */
    private Path createTemporaryFile(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try {
            return Files.createTempFile(directory, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempFile(directory, prefix, ".tmp");
        }
    }

    private static void move(Path source, Path target) throws IOException {
        // Same directory, same file system: the rename is atomic and replaces the old file.
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }
}

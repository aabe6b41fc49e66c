package io.linstorj.common.trust;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The file a cluster key is kept in, by the controller (its export for satellites) and by a
 * satellite (the cluster it belongs to). Two lines of text:
 *
 * <pre>
 * cluster-id=5b0c3c4e-…
 * cluster-secret=&lt;base64 of 32 bytes&gt;
 * </pre>
 *
 * Written atomically (a temporary file in the same directory, created with mode 0600, synced,
 * then renamed over the old one), so that a crash leaves either the old or the new key.
 */
public final class ClusterKeyFile {
    private static final String ID = "cluster-id";
    private static final String SECRET = "cluster-secret";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private ClusterKeyFile() {}

    /**
     * Reads the key in {@code file}, if the file exists.
     *
     * @throws IllegalArgumentException if the file is not a cluster key file (the message names the file)
     * @throws UncheckedIOException     if it cannot be read
     */
    public static Optional<ClusterKey> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cluster key file " + file + ": " + e.getMessage(), e);
        }
        Properties values = new Properties();
        try {
            values.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is no cluster key file: " + e.getMessage(), e);
        }
        String id = values.getProperty(ID);
        String secret = values.getProperty(SECRET);
        if (id == null || secret == null) {
            throw new IllegalArgumentException(file + " is no cluster key file: it needs the lines '" + ID + "=…' and '"
                    + SECRET + "=…' (the controller writes it with --cluster-secret-file)");
        }
        try {
            return Optional.of(ClusterKey.decode(id, secret));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " holds no valid cluster key: " + e.getMessage(), e);
        }
    }

    /**
     * True if others than the owner may read {@code file}: a key file should be mode 0600.
     * False where the file system has no POSIX permissions.
     */
    public static boolean readableByOthers(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code key} to {@code file} atomically with mode 0600, creating the directory if needed.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Path file, ClusterKey key) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = dir.resolve("." + absolute.getFileName() + ".tmp");
        String text = "# LinstorJ cluster identity: whoever has this file can drive this cluster's satellites.\n" + ID
                + "=" + key.clusterId() + "\n" + SECRET + "=" + key.encodedSecret() + "\n";
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(temp);
            createOwnerOnly(temp);
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(StandardCharsets.UTF_8.encode(text));
                channel.force(true);
            }
            move(temp, absolute);
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cluster key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void createOwnerOnly(Path temp) throws IOException {
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("a concurrent writer holds " + temp, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable; some file systems cannot open a directory, which is fine there. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is synced
        }
    }
}

package io.linstorj.satellite.storage;

import io.linstorj.satellite.command.CommandRunner;
import io.linstorj.satellite.storage.file.FileAllocation;
import io.linstorj.satellite.storage.file.FileProvider;
import io.linstorj.satellite.storage.file.LoopSupport;
import io.linstorj.satellite.storage.lvm.LvmPool;
import io.linstorj.satellite.storage.lvm.LvmProvider;
import io.linstorj.satellite.storage.zfs.ZfsPool;
import io.linstorj.satellite.storage.zfs.ZfsProvider;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the {@link StorageProvider} of a storage pool from its provider kind and properties.
 *
 * <p>The property {@value #POOL_NAME_KEY} (LINSTOR's key) names the backing storage: the
 * directory of a FILE or FILE_THIN pool, the volume group of an LVM pool, {@code vg/thinpool} of
 * an LVM_THIN pool, the dataset of a ZFS or ZFS_THIN pool. A DISKLESS pool needs none.
 * <pre>{@code
 * var runner = new ProcessCommandRunner();
 * var factory = new StorageProviderFactory(runner, LoopSupport.detect(runner));
 * StorageProvider pool = factory.create("pool1", ProviderKind.FILE_THIN,
 *     Map.of(StorageProviderFactory.POOL_NAME_KEY, "/var/lib/linstorj/pools/pool1"),
 *     PoolOwner.of("alpha"));
 * }</pre>
 */
public final class StorageProviderFactory {

    /** The pool property naming the directory, volume group or dataset (LINSTOR's key). */
    public static final String POOL_NAME_KEY = "StorDriver/StorPoolName";

    private final CommandRunner runner;
    private final LoopSupport loopSupport;

    /**
     * Creates a factory whose providers run their commands with {@code runner} and attach FILE
     * volumes to loop devices as {@code loopSupport} says.
     */
    public StorageProviderFactory(CommandRunner runner, LoopSupport loopSupport) {
        this.runner = runner;
        this.loopSupport = loopSupport;
    }

    /**
     * Returns the provider of the storage pool {@code storagePoolName} of the node {@code owner}.
     * It touches nothing on the node; call {@link StorageProvider#check()} to learn whether the
     * pool is usable.
     *
     * @throws StorageException with {@link StorageProblem.Reason#CONFIGURATION} if
     *     {@value #POOL_NAME_KEY} is missing or not of the form the kind needs
     */
    public StorageProvider create(
            String storagePoolName, ProviderKind kind, Map<String, String> poolProps, PoolOwner owner) {
        return switch (kind) {
            case DISKLESS -> new DisklessProvider(storagePoolName);
            case FILE, FILE_THIN ->
                new FileProvider(
                        storagePoolName,
                        directory(storagePoolName, kind, poolProps),
                        kind == ProviderKind.FILE ? FileAllocation.PREALLOCATED : FileAllocation.SPARSE,
                        owner,
                        runner,
                        loopSupport);
            case LVM, LVM_THIN ->
                new LvmProvider(
                        storagePoolName,
                        LvmPool.parse(
                                storagePoolName,
                                required(
                                        storagePoolName,
                                        kind,
                                        poolProps,
                                        "<volume group>" + (kind == ProviderKind.LVM_THIN ? "/<thin pool>" : "")),
                                kind == ProviderKind.LVM_THIN),
                        runner);
            case ZFS, ZFS_THIN ->
                new ZfsProvider(
                        storagePoolName,
                        ZfsPool.parse(
                                storagePoolName, required(storagePoolName, kind, poolProps, "<zpool>[/<filesystem>]")),
                        kind == ProviderKind.ZFS_THIN,
                        runner);
        };
    }

    private static Path directory(String poolName, ProviderKind kind, Map<String, String> props) {
        String value = required(poolName, kind, props, "<absolute directory>");
        // A control character (newline, NUL) is refused, not stripped: the controller refuses
        // it too, and a stored value that differs from the directory used hides the mistake.
        if (value.chars().noneMatch(Character::isISOControl)) {
            try {
                Path directory = Path.of(value);
                if (directory.isAbsolute() && directory.getNameCount() > 0) {
                    return directory;
                }
            } catch (InvalidPathException e) {
                // Reported below like any other unusable value.
            }
        }
        throw configuration(
                poolName,
                "'" + value.replace("\n", "\\n") + "' is not an absolute directory path",
                "a " + kind + " pool keeps its files in the directory " + POOL_NAME_KEY + " names",
                "set " + POOL_NAME_KEY + " to an absolute path, e.g. /var/lib/linstorj/pools/" + poolName);
    }

    private static String required(String poolName, ProviderKind kind, Map<String, String> props, String form) {
        String value = props.get(POOL_NAME_KEY);
        if (value == null || value.isBlank()) {
            throw configuration(
                    poolName,
                    "the property " + POOL_NAME_KEY + " is missing",
                    "a " + kind + " pool needs it to find its backing storage (" + form + ")",
                    "create the storage pool again with its backing storage named, e.g. 'linstor"
                            + " storage-pool create "
                            + kind.name().toLowerCase(Locale.ROOT).replace("_", "")
                            + " <node> " + poolName + " " + form + "'");
        }
        return value;
    }

    private static StorageException configuration(String poolName, String message, String cause, String correction) {
        return new StorageException(new StorageProblem(
                StorageProblem.Reason.CONFIGURATION, "storage pool '" + poolName + "': " + message, cause, correction));
    }
}

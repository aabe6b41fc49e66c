package io.linstorj.controller.storage;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.ProviderKind;
import io.linstorj.controller.cluster.StoragePool;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for the property that names a pool's backing storage ({@value StoragePool#PROVIDER_POOL_PROP}),
 * by the rules of the tools that will get it: an absolute, normalised directory for FILE and
 * FILE_THIN, an LVM volume group (and thin pool) name for LVM and LVM_THIN, a ZFS dataset name for
 * ZFS and ZFS_THIN. A name that would read as an option ({@code -rf}) never reaches a command line.
 *
 * <pre>{@code
 * ProviderPoolRules.problem(ProviderKind.ZFS, "tank//x");   // Optional["... an empty component ..."]
 * ProviderPoolRules.problem(ProviderKind.FILE_THIN, "/var/lib/linstorj/pools/a");   // Optional.empty
 * }</pre>
 */
final class ProviderPoolRules {
    /** LINSTOR's key for a FILE pool's directory; LinstorJ reads the directory from StorPoolName. */
    static final String FILE_DIR_PROP = "StorDriver/FileDir";
    /** The properties that say which storage a pool is; they may not change under live volumes. */
    static final Set<String> IDENTITY_PROPS = Set.of(
            StoragePool.PROVIDER_POOL_PROP,
            FILE_DIR_PROP,
            "StorDriver/LvmVg",
            "StorDriver/ThinPool",
            "StorDriver/ZPool",
            "StorDriver/ZPoolThin");

    // lvm(8) VALID NAMES: these characters, at most 127 of them, not starting with '-'.
    private static final Pattern LVM_NAME = Pattern.compile("[A-Za-z0-9+_.][A-Za-z0-9+_.-]{0,126}");
    // lvm(8): logical volume names LVM keeps for itself.
    private static final Pattern LVM_RESERVED_LV = Pattern.compile(
            "(snapshot|pvmove).*|.*_(cdata|cmeta|corig|mlog|mimage|pmspare|rimage|rmeta|tdata|tmeta|vorigin|vdata).*");
    // zfs(8) component characters; not starting with '-'.
    private static final Pattern ZFS_COMPONENT = Pattern.compile("[A-Za-z0-9_.:][A-Za-z0-9_.:-]*");
    // zpool(8): pool names start with a letter and may not be a vdev type.
    private static final Pattern ZPOOL_RESERVED = Pattern.compile("mirror|raidz[0-9]*|draid[0-9]*|spare|log");
    private static final int ZFS_MAX_NAME = 255;
    private static final int PATH_MAX = 4095;
    private static final int NAME_MAX = 255;

    private ProviderPoolRules() {}

    /**
     * Checks the storage-naming properties of a pool of {@code kind}.
     *
     * @throws io.linstorj.controller.api.ApiRcException FAIL_INVLD_PROP naming the value, why it is
     *     refused and the corrected form where there is one
     */
    static void check(ProviderKind kind, Map<String, String> props, CallContext ctx) {
        if (kind == ProviderKind.DISKLESS) {
            return;
        }
        String key = StoragePool.PROVIDER_POOL_PROP;
        String value = props.get(key);
        if (value == null || value.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "A " + kind + " storage pool needs the property '" + key + "'.",
                    "It names the " + what(kind) + " the pool's volumes live in.",
                    "Give '" + key + "' = " + example(kind) + ".");
        }
        problem(kind, value).ifPresent(why -> {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "Invalid value '" + printable(value) + "' for property '" + key + "' of a " + kind + " pool.",
                    why,
                    correction(kind, value));
        });
        String fileDir = props.get(FILE_DIR_PROP);
        if (fileDir != null && !(kind.isFileBased() && fileDir.equals(value))) {
            throw ctx.refuse(
                    RetCodes.FAIL_INVLD_PROP,
                    "Invalid value '" + printable(fileDir) + "' for property '" + FILE_DIR_PROP + "'.",
                    "LinstorJ takes a FILE pool's directory from '" + key + "'; '" + FILE_DIR_PROP
                            + "' may only repeat it, and only for FILE and FILE_THIN pools.",
                    "Leave '" + FILE_DIR_PROP + "' out and set '" + key + "'.");
        }
    }

    /** Why {@code value} cannot name the storage of a {@code kind} pool, or empty if it can. */
    static Optional<String> problem(ProviderKind kind, String value) {
        return switch (kind) {
            case DISKLESS -> Optional.empty();
            case FILE, FILE_THIN -> directoryProblem(value);
            case LVM -> lvmNameProblem(value, "volume group");
            case LVM_THIN -> thinPoolProblem(value);
            case ZFS, ZFS_THIN -> zfsDatasetProblem(value);
        };
    }

    private static Optional<String> directoryProblem(String dir) {
        if (dir.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("A directory must not contain control characters (newline, NUL, ...).");
        }
        if (!dir.startsWith("/")) {
            return Optional.of("A FILE pool's directory must be an absolute path.");
        }
        if (dir.equals("/")) {
            return Optional.of("The root directory cannot be a pool's directory: every other pool would be inside it.");
        }
        if (dir.length() > PATH_MAX) {
            return Optional.of("A directory path is at most " + PATH_MAX + " characters long.");
        }
        List<String> components = List.of(dir.substring(1).split("/", -1));
        for (String component : components) {
            if (component.isEmpty() || component.equals(".") || component.equals("..")) {
                return Optional.of("The path is not normalised: it holds '//', a trailing '/', '.' or '..', so "
                        + "the same directory could be named in several ways and two pools could share it unseen.");
            }
            if (component.length() > NAME_MAX) {
                return Optional.of("A path component is at most " + NAME_MAX + " characters long.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> thinPoolProblem(String value) {
        String[] parts = value.split("/", -1);
        if (parts.length != 2) {
            return Optional.of("An LVM_THIN pool is named '<volume group>/<thin pool>'.");
        }
        Optional<String> groupProblem = lvmNameProblem(parts[0], "volume group");
        if (groupProblem.isPresent()) {
            return groupProblem;
        }
        if (LVM_RESERVED_LV.matcher(parts[1]).matches()) {
            return Optional.of("LVM reserves logical volume names starting with 'snapshot' or 'pvmove' or "
                    + "holding '_tdata', '_tmeta', '_rimage' and the like.");
        }
        return lvmNameProblem(parts[1], "thin pool");
    }

    private static Optional<String> lvmNameProblem(String name, String what) {
        if (name.equals(".") || name.equals("..") || !LVM_NAME.matcher(name).matches()) {
            return Optional.of("An LVM " + what + " name holds 1 to 127 letters, digits, '+', '_', '.' or '-', "
                    + "does not start with '-' and is not '.' or '..'.");
        }
        return Optional.empty();
    }

    private static Optional<String> zfsDatasetProblem(String name) {
        if (name.length() > ZFS_MAX_NAME) {
            return Optional.of("A ZFS dataset name is at most " + ZFS_MAX_NAME + " characters long.");
        }
        String[] components = name.split("/", -1);
        for (String component : components) {
            if (component.isEmpty()) {
                return Optional.of(
                        "A ZFS dataset name has no empty component: no '//', and no leading or " + "trailing '/'.");
            }
            if (component.equals(".")
                    || component.equals("..")
                    || !ZFS_COMPONENT.matcher(component).matches()) {
                return Optional.of("Each component of a ZFS dataset name holds letters, digits, '_', '.', ':' "
                        + "or '-', does not start with '-' and is not '.' or '..'.");
            }
        }
        if (!Character.isLetter(components[0].charAt(0))
                || ZPOOL_RESERVED.matcher(components[0]).matches()) {
            return Optional.of("A zpool name starts with a letter and is not a vdev type (mirror, raidz, draid, "
                    + "spare, log).");
        }
        return Optional.empty();
    }

    private static String correction(ProviderKind kind, String value) {
        if (kind.isFileBased() && value.startsWith("/") && value.chars().noneMatch(Character::isISOControl)) {
            try {
                String normalised = Path.of(value).normalize().toString();
                if (!normalised.equals(value) && !normalised.equals("/")) {
                    return "Use the normalised path '" + normalised + "' if that is the directory meant.";
                }
            } catch (InvalidPathException e) {
                // No suggestion then.
            }
        }
        return "Set '" + StoragePool.PROVIDER_POOL_PROP + "' to " + example(kind) + ".";
    }

    private static String what(ProviderKind kind) {
        return switch (kind) {
            case FILE, FILE_THIN -> "directory";
            case LVM -> "volume group";
            case LVM_THIN -> "volume group and thin pool";
            default -> "ZFS dataset";
        };
    }

    private static String example(ProviderKind kind) {
        return switch (kind) {
            case FILE, FILE_THIN -> "an absolute directory such as '/var/lib/linstorj/pools/pool1'";
            case LVM -> "a volume group such as 'vg0'";
            case LVM_THIN -> "'<volume group>/<thin pool>' such as 'vg0/thinpool'";
            default -> "a zpool or dataset such as 'tank' or 'tank/linstorj'";
        };
    }

    /** The value with control characters shown as escapes, so that a reply stays one readable line. */
    static String printable(String value) {
        StringBuilder text = new StringBuilder();
        value.chars().forEach(c -> {
            if (Character.isISOControl(c)) {
                text.append(String.format("\\u%04x", c));
            } else {
                text.append((char) c);
            }
        });
        return text.toString();
    }
}

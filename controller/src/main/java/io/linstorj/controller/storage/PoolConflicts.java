package io.linstorj.controller.storage;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.cluster.StoragePool;
import io.linstorj.controller.cluster.StoragePoolKey;
import io.linstorj.controller.cluster.Volume;
import io.linstorj.controller.state.DesiredState;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pool's storage may not collide with: another FILE pool of the same node in the same or a
 * nested directory (the satellite would see one pool's files from the other), and volumes that
 * live in the pool while its storage is renamed (their data would be left behind, and the new
 * storage's look-alikes taken for them).
 */
final class PoolConflicts {
    private PoolConflicts() {}

    /**
     * Refuses {@code pool} if it is a FILE pool whose directory equals, contains or lies in the
     * directory of another FILE pool of its node.
     *
     * @throws io.linstorj.controller.api.ApiRcException FAIL_IN_USE naming the other pool
     */
    static void checkDirectoryOverlap(DesiredState desired, StoragePool pool, CallContext ctx) {
        Optional<Path> directory = directory(pool);
        if (directory.isEmpty()) {
            return;
        }
        Map<StoragePoolKey, StoragePool> ofNode = desired.storagePools()
                .range(StoragePoolKey.firstOfNode(pool.nodeName()), StoragePoolKey.afterNode(pool.nodeName()));
        for (StoragePool other : ofNode.values()) {
            if (other.key().equals(pool.key())) {
                continue;
            }
            Optional<Path> otherDirectory = directory(other);
            if (otherDirectory.isEmpty()) {
                continue;
            }
            Path mine = directory.get();
            Path theirs = otherDirectory.get();
            String relation = mine.equals(theirs)
                    ? "is the directory"
                    : mine.startsWith(theirs)
                            ? "lies inside the directory"
                            : theirs.startsWith(mine) ? "contains the directory" : null;
            if (relation != null) {
                throw ctx.refuse(
                        RetCodes.FAIL_IN_USE,
                        "Directory '" + mine + "' " + relation + " '" + theirs + "' of storage pool '" + other.name()
                                + "' on node '" + other.nodeName() + "'.",
                        "Two FILE pools of one node must not share or nest directories: each would take the other's"
                                + " volume files for its own.",
                        "Give storage pool '" + pool.name() + "' a directory of its own, beside the other pool's.");
            }
        }
    }

    /**
     * Refuses a change of the properties that say which storage {@code pool} is while volumes live
     * in it; returns whether {@code newProps} change them at all.
     *
     * @throws io.linstorj.controller.api.ApiRcException FAIL_IN_USE naming the properties and the
     *     resources whose volumes use the pool
     */
    static boolean checkIdentityChange(
            DesiredState desired, StoragePool pool, Map<String, String> newProps, CallContext ctx) {
        Set<String> changed = new TreeSet<>();
        for (String key : ProviderPoolRules.IDENTITY_PROPS) {
            if (!Objects.equals(pool.props().get(key), newProps.get(key))) {
                changed.add(key);
            }
        }
        if (changed.isEmpty()) {
            return false;
        }
        Set<String> users = resourcesUsing(desired, pool);
        if (!users.isEmpty()) {
            throw ctx.refuse(
                    RetCodes.FAIL_IN_USE,
                    "Cannot change " + String.join(", ", changed) + " of storage pool '" + pool.name() + "' on node '"
                            + pool.nodeName() + "' while volumes live in it.",
                    "Volumes of these resources use it: " + String.join(", ", users) + "; their data stays in the "
                            + "storage the pool names now.",
                    "Move or delete these resources on the node first, or create a new pool for the new storage.");
        }
        return true;
    }

    /** The resources with a volume on the pool's node in the pool, sorted. */
    static Set<String> resourcesUsing(DesiredState desired, StoragePool pool) {
        Set<String> users = new TreeSet<>();
        for (String resourceName : desired.resourceNamesOn(pool.nodeName())) {
            for (Volume volume : desired.volumesOf(resourceName, pool.nodeName())) {
                if (volume.storagePoolName().equalsIgnoreCase(pool.name())) {
                    users.add(resourceName);
                }
            }
        }
        return users;
    }

    // Pools stored before the directory rules existed may hold a non-normalised path: compare normalised.
    private static Optional<Path> directory(StoragePool pool) {
        String value = pool.props().get(StoragePool.PROVIDER_POOL_PROP);
        if (!pool.providerKind().isFileBased() || value == null || !value.startsWith("/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}

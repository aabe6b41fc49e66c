package io.linstorj.client;

import io.linstorj.client.internal.LinstorConnector;
import io.linstorj.client.internal.Replies;
import io.linstorj.protocol.ApiCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A resource group, LINSTOR's high-level template of resources: how they are placed, and
 * resources spawned from it.
 *
 * <pre>{@code
 * ResourceGroup gold = new ResourceGroup("gold", "linstor://127.0.0.1");
 * gold.setRedundancy(3);                  // creates the group if it does not exist yet
 * gold.setStoragePool("ssd");
 * Resource db = gold.createResource("db1", List.of("20 GiB", 1024L * 1024 * 1024)); // sizes: text or bytes
 * System.out.println(db.diskfulNodes());
 * }</pre>
 *
 * <p>Built, it asks the controller nothing; the getters read afresh, the setters and
 * {@link #createResource} create the group first if it is missing. Each operation connects to
 * the controller and disconnects after (unless built on a {@link Linstor} of the caller's).
 * Failures raise {@link LinstorError}. Not thread-safe.
 */
public final class ResourceGroup {
    private final String name;
    private final LinstorConnector connector;

    /**
     * The resource group {@code name} of the controller at {@link Resource#DEFAULT_URI}.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public ResourceGroup(String name) {
        this(name, Resource.DEFAULT_URI);
    }

    /**
     * The resource group {@code name} of the controller at {@code uri}.
     *
     * @throws IllegalArgumentException if the name is blank or the URI malformed
     */
    public ResourceGroup(String name, String uri) {
        this(name, LinstorConnector.connectingTo(uri));
    }

    /**
     * The resource group {@code name} reached through {@code client}, which the caller keeps
     * connected (and closes).
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public ResourceGroup(String name, Linstor client) {
        this(name, LinstorConnector.sharing(client));
    }

    private ResourceGroup(String name, LinstorConnector connector) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a resource group name must not be blank");
        }
        this.name = name;
        this.connector = connector;
    }

    /** The group's name. */
    public String getName() {
        return name;
    }

    /** True when the controller has the group (asks it afresh). */
    public boolean exists() {
        return connector.call(this::read).isPresent();
    }

    /** How many diskful replicas the group's resources get; null when unset or the group does not exist. */
    public @Nullable Integer getRedundancy() {
        return connector
                .call(this::read)
                .map(group -> group.selectFilter().placeCount())
                .orElse(null);
    }

    /**
     * Sets how many diskful replicas the group's resources get.
     *
     * @throws IllegalArgumentException if not positive
     * @throws LinstorError if the controller refused or could not be reached
     */
    public void setRedundancy(int redundancy) {
        if (redundancy < 1) {
            throw new IllegalArgumentException("redundancy must be at least 1: " + redundancy);
        }
        changeFilter(filter -> filter.placeCount(redundancy));
    }

    /** The storage pool the group's resources are allocated from; null when unset or the group does not exist. */
    public @Nullable String getStoragePool() {
        return connector
                .call(this::read)
                .map(group -> group.selectFilter().storagePool())
                .orElse(null);
    }

    /**
     * Sets the storage pool the group's resources are allocated from; null or empty unsets it.
     *
     * @throws LinstorError if the controller refused or could not be reached
     */
    public void setStoragePool(@Nullable String storagePool) {
        changeFilter(filter -> filter.storagePool(storagePool));
    }

    /**
     * Spawns resource {@code resourceName} from the group, one volume per size, placed by the
     * group's filter; creates the group first if it is missing.
     *
     * @param sizes each a {@code String} such as "20 MiB" ({@link SizeCalc} units) or an integral
     *     {@code Number} of bytes ({@code Long}, {@code Integer}, ...)
     * @return the spawned resource, read from the controller
     * @throws IllegalArgumentException if a size is of another type, negative or does not parse
     * @throws LinstorError if the controller refused or could not be reached
     */
    public Resource createResource(String resourceName, List<?> sizes) {
        List<Long> sizesKib = new ArrayList<>();
        for (Object size : sizes) {
            sizesKib.add(SizeCalc.bytesToKib(bytes(size)));
        }
        connector.call(lin -> {
            ensureExists(lin);
            return check(ApiCalls.SPAWN_RSC_DFN, lin.resourceGroupSpawn(name, resourceName, sizesKib));
        });
        return new Resource(resourceName, connector);
    }

    /**
     * Deletes the group.
     *
     * @throws LinstorApiCallError if the controller refused, e.g. resources still use it
     */
    public void delete() {
        connector.call(lin -> check(ApiCalls.DEL_RSC_GRP, lin.resourceGroupDelete(name)));
    }

    @Override
    public String toString() {
        return "ResourceGroup{name=" + name + ", uri=" + connector.uri() + "}";
    }

    private Optional<ResourceGroupInfo> read(Linstor lin) {
        return lin.resourceGroupList(List.of(name)).stream()
                .flatMap(answer -> answer.resourceGroup(name).stream())
                .findFirst();
    }

    private void ensureExists(Linstor lin) {
        if (read(lin).isEmpty()) {
            check(ApiCalls.CRT_RSC_GRP, lin.resourceGroupCreate(name));
        }
    }

    /** Creates the group with the changed filter, or replaces its filter with the changed one. */
    private void changeFilter(UnaryOperator<AutoSelectFilter.Builder> change) {
        connector.call(lin -> {
            Optional<ResourceGroupInfo> group = read(lin);
            if (group.isEmpty()) {
                return check(
                        ApiCalls.CRT_RSC_GRP,
                        lin.resourceGroupCreate(
                                name,
                                "",
                                change.apply(AutoSelectFilter.builder()).build()));
            }
            AutoSelectFilter changed =
                    change.apply(group.get().selectFilter().toBuilder()).build();
            return check(ApiCalls.MOD_RSC_GRP, lin.resourceGroupModify(name, null, changed, Map.of(), List.of()));
        });
    }

    private static long bytes(@Nullable Object size) {
        if (size instanceof String text) {
            return SizeCalc.parseBytes(text);
        }
        if (size instanceof Long || size instanceof Integer || size instanceof Short || size instanceof Byte) {
            return ((Number) size).longValue();
        }
        throw new IllegalArgumentException("a volume size is a String such as \"20 MiB\" or an integral number of "
                + "bytes, not " + (size == null ? "null" : size.getClass().getSimpleName() + " " + size));
    }

    private static List<ApiCallResponse> check(String call, List<ApiCallResponse> replies) {
        return Replies.requireNoError(call, replies);
    }
}

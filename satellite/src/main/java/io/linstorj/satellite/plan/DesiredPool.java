package io.linstorj.satellite.plan;

import java.util.Map;
import java.util.Objects;

/**
 * A storage pool the node must have.
 *
 * @param name         the pool
 * @param providerKind LINSTOR's provider kind as sent ({@code LVM_THIN}, {@code FILE_THIN}, …),
 *                     parsed where the provider is made, so that an unknown kind is the pool's problem
 * @param props        the pool's properties ({@code StorDriver/...})
 */
public record DesiredPool(String name, String providerKind, Map<String, String> props) {

    /** Creates a value; the properties are copied. */
    public DesiredPool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKind, "providerKind");
        props = Map.copyOf(props);
    }
}

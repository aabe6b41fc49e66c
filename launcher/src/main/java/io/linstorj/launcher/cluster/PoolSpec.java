package io.linstorj.launcher.cluster;

/**
 * A storage pool every satellite of a local cluster gets, in a directory of its own under the
 * satellite's data directory ({@code <node>/pools/<name>}).
 *
 * @param name         the pool's name, e.g. {@code DfltStorPool}
 * @param providerKind a LINSTOR provider kind whose pool lives in a directory, e.g. {@code FILE_THIN}
 */
public record PoolSpec(String name, String providerKind) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a value is blank
     */
    public PoolSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a pool needs a name");
        }
        if (providerKind == null || providerKind.isBlank()) {
            throw new IllegalArgumentException("the pool " + name + " needs a provider kind");
        }
    }
}

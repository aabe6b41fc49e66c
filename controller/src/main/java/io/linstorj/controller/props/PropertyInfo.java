package io.linstorj.controller.props;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one property key the controller interprets means, for listing (LINSTOR's PropsInfo):
 * the value rule in LINSTOR's forms, where the key takes effect, and in words what LinstorJ
 * does with it.
 *
 * @param key the full key ({@code DrbdOptions/Net/max-buffers})
 * @param type the value's type
 * @param value the value rule in LINSTOR's form: the regular expression, {@code (min - max)} for
 *     ranges; empty for {@link PropertyType#STRING} and {@link PropertyType#LONG}, as LINSTOR
 * @param defaultValue what applies while the key is not set, when there is one
 * @param unit the unit of a number, when it has one
 * @param description what LinstorJ does with the key
 * @param objects the kinds of object the key is meant for: where LinstorJ acts on it; for the
 *     few keys LinstorJ only checks and stores (their description says so), where LINSTOR does
 */
public record PropertyInfo(
        String key,
        PropertyType type,
        Optional<String> value,
        Optional<String> defaultValue,
        Optional<String> unit,
        String description,
        Set<ObjectKind> objects) {
    /** Checks that every part is given and copies the kinds. */
    public PropertyInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        objects = Set.copyOf(objects);
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("property " + key + " applies to no object");
        }
    }

    /** True when the key is meant for objects of {@code kind}. */
    public boolean appliesTo(ObjectKind kind) {
        return objects.contains(kind);
    }
}

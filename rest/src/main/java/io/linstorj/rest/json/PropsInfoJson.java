package io.linstorj.rest.json;

import io.linstorj.controller.props.PropertyInfo;

/**
 * PropsInfo: one property key as the {@code properties/info} paths list it. Absent parts are
 * left out, as LINSTOR leaves them out (no {@code value} for strings and longs).
 *
 * @param info what the key does
 * @param propType the value's type, LINSTOR's name ({@code range}, {@code boolean_true_false})
 * @param value the value rule ({@code (1 - 600)}, a regular expression), or null
 * @param dflt what applies while the key is not set, or null
 * @param unit the unit of a number, or null
 */
public record PropsInfoJson(String info, String propType, String value, String dflt, String unit) {
    /** The wire form of {@code property}. */
    public static PropsInfoJson of(PropertyInfo property) {
        return new PropsInfoJson(
                property.description(),
                property.type().linstorName(),
                property.value().orElse(null),
                property.defaultValue().orElse(null),
                property.unit().orElse(null));
    }
}

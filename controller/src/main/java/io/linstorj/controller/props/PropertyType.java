package io.linstorj.controller.props;

import java.util.Locale;

/**
 * The type of a property's value, as LINSTOR names it in its property information: a word list
 * is a {@link #REGEX} of the words, as LINSTOR answers it.
 */
public enum PropertyType {
    /** The value must match a regular expression. */
    REGEX,
    /** DRBD's boolean, {@code yes} or {@code no}. */
    BOOLEAN,
    /** LINSTOR's boolean, {@code true} or {@code false}. */
    BOOLEAN_TRUE_FALSE,
    /** A whole number within bounds. */
    RANGE,
    /** A decimal number within bounds. */
    RANGE_FLOAT,
    /** Any text. */
    STRING,
    /** Any whole number of 64 bits. */
    LONG;

    /** The name LINSTOR's {@code prop_type} gives the type ({@code boolean_true_false}). */
    public String linstorName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

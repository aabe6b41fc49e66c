/**
 * The LINSTOR API for Java: {@link io.linstorj.client.Linstor}, the low-level client of a LinstorJ
 * (or LINSTOR-compatible) controller, with its reply and error types.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.linstorj.client;

import org.jspecify.annotations.NullMarked;

/**
 * The LINSTOR API for Java: {@link io.linstorj.client.Linstor}, the low-level client of a LinstorJ
 * (or LINSTOR-compatible) controller, with its reply and error types and its watches
 * ({@link io.linstorj.client.Linstor#watchEvents}); and the high-level API on top of it:
 * {@link io.linstorj.client.Resource} with {@link io.linstorj.client.Volume} and
 * {@link io.linstorj.client.Placement}, {@link io.linstorj.client.ResourceGroup}, and the
 * key-value store {@link io.linstorj.client.KV}.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.linstorj.client;

import org.jspecify.annotations.NullMarked;

/**
 * {@code bench snapshots}: how long a consistent snapshot of a replicated volume takes, from the
 * call to every replica's satellite reporting it, for one large FILE_THIN volume and for many
 * resources at once, and how long a restore into a new resource takes, on a bench cluster of
 * three satellite processes.
 */
package io.linstorj.bench.snapshots;

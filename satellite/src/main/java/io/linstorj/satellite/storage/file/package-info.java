/**
 * FILE and FILE_THIN pools: one file per volume in the pool's directory, attached to a loop device
 * where the satellite may. The directory is the pool's through its marker ({@code .linstorj-pool}):
 * a directory marked for another pool, node or cluster is refused, and only the files the marker
 * lists as created by the pool are ever listed, detached or deleted.
 */
package io.linstorj.satellite.storage.file;

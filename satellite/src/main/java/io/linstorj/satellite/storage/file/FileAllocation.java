package io.linstorj.satellite.storage.file;

/** How a FILE pool allocates its files' space. */
public enum FileAllocation {
    /** All blocks are allocated up front with fallocate (provider kind FILE). */
    PREALLOCATED,
    /** Only the length is set; blocks are allocated when written (provider kind FILE_THIN). */
    SPARSE
}

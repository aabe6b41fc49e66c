package io.linstorj.satellite.storage.lvm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An LVM logical volume as lvs reports it.
 *
 * @param name the logical volume's name
 * @param attributes lvs's lv_attr, e.g. {@code -wi-a-----}; the first letter is the volume type
 *     ('t' thin pool, 'V' thin volume, '-' plain)
 * @param sizeKib its size in KiB (for a thin volume: its virtual size)
 * @param tags its tags
 * @param thinPool the thin pool it lives in; empty for a plain volume
 * @param dataPercent for a thin pool or volume: how much of it holds data; empty otherwise
 */
public record LogicalVolumeInfo(
        String name,
        String attributes,
        long sizeKib,
        List<String> tags,
        String thinPool,
        Optional<BigDecimal> dataPercent) {

    /** Creates a value with an unmodifiable tag list. */
    public LogicalVolumeInfo {
        tags = List.copyOf(tags);
    }

    /** Returns true if this is a thin pool. */
    public boolean isThinPool() {
        return attributes.startsWith("t");
    }
}

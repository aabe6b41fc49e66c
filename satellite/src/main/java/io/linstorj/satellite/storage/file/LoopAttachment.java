package io.linstorj.satellite.storage.file;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A loop device and the file it is attached to.
 *
 * @param device the loop device, e.g. {@code /dev/loop3}
 * @param backingFile the attached file's path
 * @param backingFileDeleted true if the file was removed while attached (losetup then shows
 *     "(deleted)" after its name)
 */
public record LoopAttachment(String device, Path backingFile, boolean backingFileDeleted) {

    /** Creates a value; device and file are required. */
    public LoopAttachment {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(backingFile, "backingFile");
    }
}

package io.linstorj.satellite.storage.lvm;

import io.linstorj.satellite.command.Command;
import java.util.ArrayList;
import java.util.List;

/** The LVM command lines of an LVM or LVM_THIN pool, machine-readable where they report. */
final class LvmCommands {

    private static final List<String> REPORT_OPTIONS =
            List.of("--noheadings", "--units", "k", "--nosuffix", "--separator", ";");

    private final LvmPool pool;

    LvmCommands(LvmPool pool) {
        this.pool = pool;
    }

    Command volumeGroupReport() {
        return report("vgs", VgsParser.COLUMNS, pool.volumeGroup());
    }

    Command logicalVolumeReport() {
        return report("lvs", LvsParser.COLUMNS, pool.volumeGroup());
    }

    Command deviceMapperVersion() {
        return Command.of("dmsetup", "version");
    }

    Command create(String name, long sizeKib, String tag) {
        var arguments = new ArrayList<String>();
        if (pool.thinPool().isPresent()) {
            arguments.addAll(List.of(
                    "--virtualsize",
                    sizeKib + "k",
                    "--thinpool",
                    pool.thinPool().get()));
        } else {
            arguments.addAll(List.of("--size", sizeKib + "k"));
        }
        // --yes answers LVM's question whether to wipe an old signature found on the new volume.
        arguments.addAll(List.of("--name", name, "--addtag", tag, "--yes", pool.volumeGroup()));
        return Command.of("lvcreate", arguments);
    }

    /**
     * A thin snapshot of {@code origin}. LVM gives it the activation-skip flag, so it stays
     * inactive and out of the way until a restore or rollback copies it.
     */
    Command snapshot(String origin, String name, String tag) {
        return Command.of("lvcreate", "--snapshot", "--name", name, "--addtag", tag, "--yes", path(origin));
    }

    /** A writable, active thin volume {@code name} sharing the blocks of {@code source} (a snapshot). */
    Command thinCopy(String source, String name, String tag) {
        return Command.of(
                "lvcreate",
                "--snapshot",
                "--setactivationskip",
                "n",
                "--activate",
                "y",
                "--name",
                name,
                "--addtag",
                tag,
                "--yes",
                path(source));
    }

    Command rename(String name, String newName) {
        return Command.of("lvrename", pool.volumeGroup(), name, newName);
    }

    Command extend(String name, long sizeKib) {
        return Command.of("lvextend", "--size", sizeKib + "k", path(name));
    }

    Command remove(String name) {
        return Command.of("lvremove", "--yes", path(name));
    }

    /** Returns {@code vg/lv}, the way LVM commands name a logical volume. */
    String path(String name) {
        return pool.volumeGroup() + "/" + name;
    }

    private static Command report(String program, String columns, String volumeGroup) {
        var arguments = new ArrayList<>(REPORT_OPTIONS);
        arguments.addAll(List.of("-o", columns, volumeGroup));
        return Command.of(program, arguments);
    }
}

package io.linstorj.dist.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads and cleans up loop devices whose backing files lie under a test's directory. */
public final class LoopDevices {
    private LoopDevices() {}

    /** The loop devices attached to files under {@code dir}, as "device file" lines. */
    public static List<String> attachedUnder(Path dir) {
        List<String> attached = new ArrayList<>();
        for (String line : run("losetup", "--list", "--noheadings", "--output", "NAME,BACK-FILE")
                .split("\n")) {
            String[] fields = line.trim().split("\\s+", 2);
            if (fields.length == 2 && fields[1].startsWith(dir.toString())) {
                attached.add(fields[0] + " " + fields[1]);
            }
        }
        return attached;
    }

    /** Detaches every loop device attached to a file under {@code dir}; for test clean-up. */
    public static void detachAllUnder(Path dir) {
        for (String attachment : attachedUnder(dir)) {
            run("losetup", "--detach", attachment.split(" ")[0]);
        }
    }

    private static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}

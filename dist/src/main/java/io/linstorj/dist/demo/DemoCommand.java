package io.linstorj.dist.demo;

import io.linstorj.launcher.cluster.LocalCluster;
import io.linstorj.launcher.cluster.LocalClusterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code linstorj demo}: a three-node cluster in a temporary directory, the API samples, clean-up. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Boots a 3-node cluster (controller and satellites as processes) in a temporary directory, "
                + "runs the scenarios of the LINSTOR API for Java in order with readable output, cleans up and exits.")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--keep", description = "Keep the temporary directory (logs, pools) for a look afterwards.")
    private boolean keep;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("linstorj-demo-");
        Narrator say = new Narrator(spec.commandLine().getOut());
        say.headline("LinstorJ demo: starting a controller and satellites alpha, bravo, charlie "
                + "(127.0.0.11-13) under " + dir);
        int exit = 0;
        try (LocalCluster cluster = LocalCluster.start(new LocalClusterConfig(dir, 3, 0, 0, 0))) {
            say.headline("Cluster ready at " + cluster.controllerUri() + " (" + cluster.drbdDriverSummary() + ")");
            new Demo(cluster.controllerUri(), say).run();
            say.headline("");
            say.headline("Demo finished; stopping the cluster.");
        } catch (RuntimeException e) {
            say.headline("");
            say.headline("Demo FAILED: " + e.getMessage() + " (logs in " + dir.resolve("logs") + ")");
            keep = true;
            exit = 1;
        }
        if (keep) {
            say.headline("Kept " + dir);
        } else {
            deleteTree(dir);
        }
        return exit;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

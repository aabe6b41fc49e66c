package io.linstorj.dist;

import io.linstorj.dist.cluster.ClusterCommand;
import io.linstorj.dist.demo.DemoCommand;
import io.linstorj.launcher.cluster.NodeMain;
import io.linstorj.satellite.SatelliteCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code linstorj} command: one entry point for every LinstorJ process. */
@Command(
        name = "linstorj",
        mixinStandardHelpOptions = true,
        versionProvider = LinstorjVersion.class,
        description = "LinstorJ: a Java implementation of the LINSTOR storage-cluster system. "
                + "The benchmarks have their own jar: bin/linstorj bench --help.",
        subcommands = {
            SatelliteCommand.class,
            ClusterCommand.class,
            DemoCommand.class,
        })
public final class LinstorjMain implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line: the controller command gets the REST API's options as a mixin and starts
     * the REST adapter they ask for, so that the controller module needs no HTTP library.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new LinstorjMain()).addSubcommand("controller", NodeMain.controllerCommandLine());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}

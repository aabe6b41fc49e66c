package io.linstorj.launcher.cluster;

import io.linstorj.controller.ControllerCommand;
import io.linstorj.rest.RestOptions;
import io.linstorj.satellite.SatelliteCommand;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The main class of a cluster's child processes: {@code controller} (with its REST API) and
 * {@code satellite}, the same commands as {@code linstorj controller|satellite}, without the rest
 * of the command-line tool, so that whoever launches a cluster (the {@code linstorj cluster}
 * command, the test cluster, the benchmarks) needs only this module on its class path.
 *
 * <pre>{@code
 * ChildJvm.start("controller", NodeMain.class.getName(),
 *     List.of("controller", "--data-dir", dir, "--port", "0", "--rest-port", "0"), logFile);
 * }</pre>
 */
@Command(
        name = "linstorj-node",
        mixinStandardHelpOptions = true,
        description = "Runs one LinstorJ process of a cluster: a controller or a satellite.",
        subcommands = SatelliteCommand.class)
public final class NodeMain implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line: {@code controller} and {@code satellite}. */
    public static CommandLine commandLine() {
        return new CommandLine(new NodeMain()).addSubcommand("controller", controllerCommandLine());
    }

    /**
     * The {@code controller} command with the REST API's options as a mixin, which starts the REST
     * adapter they ask for (the controller module itself needs no HTTP library).
     */
    public static CommandLine controllerCommandLine() {
        RestOptions rest = new RestOptions();
        CommandLine controller = new CommandLine(new ControllerCommand(List.of(rest)));
        controller.addMixin("rest", rest);
        return controller;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

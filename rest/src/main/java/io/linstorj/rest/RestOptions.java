package io.linstorj.rest;

import io.linstorj.controller.ControllerAdapter;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The REST options of {@code linstorj controller}, added to the command as a picocli mixin:
 * {@code --rest-listen 127.0.0.1 --rest-port 3370} by default, {@code --rest-port 0} for any free
 * port, {@code --no-rest} to switch the REST API off.
 */
public final class RestOptions implements ControllerAdapter.Option {
    @Option(
            names = "--rest-listen",
            defaultValue = "127.0.0.1",
            paramLabel = "ADDR",
            description = "Address of the REST API (default: ${DEFAULT-VALUE}).")
    private String listenAddress = "127.0.0.1";

    @Option(
            names = "--rest-port",
            defaultValue = "3370",
            description = "Port of the REST API; 0 = any free port (default: ${DEFAULT-VALUE}).")
    private int port = RestConfig.DEFAULT_PORT;

    @Option(names = "--no-rest", description = "Do not serve the REST API.")
    private boolean disabled;

    @Override
    public Optional<ControllerAdapter> adapter() {
        if (disabled) {
            return Optional.empty();
        }
        return Optional.of(new RestAdapter(RestConfig.defaults().withListen(listenAddress, port)));
    }
}

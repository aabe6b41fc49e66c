package io.linstorj.satellite.drbd.kernel;

import java.util.List;

/**
 * The outcome of a finished external command.
 *
 * @param command the command line
 * @param exitCode the exit code
 * @param stdout what it printed on standard output
 * @param stderr what it printed on standard error
 */
record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {
    boolean succeeded() {
        return exitCode == 0;
    }
}

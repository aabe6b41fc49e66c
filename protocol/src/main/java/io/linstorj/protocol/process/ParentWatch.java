package io.linstorj.protocol.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a child process when its parent ends: the parent holds the write end of the child's
 * standard input, and the child reads it until end of file. The kernel closes that pipe when the
 * parent dies, however it dies ({@code kill -9} included), so the child learns of it at once.
 *
 * <p>Why standard input and not the parent's pid: polling {@code ProcessHandle.of(ppid)} can
 * watch a recycled pid (the parent died, another process got its number) and notices only at the
 * next poll; the pipe has neither race, needs no timer and no platform call.
 *
 * <pre>{@code
 * ParentWatch.start(System.in, () -> System.exit(0)); // shutdown hooks stop the process cleanly
 * }</pre>
 */
public final class ParentWatch {
    /** The option with which a controller or satellite command ends when its standard input closes. */
    public static final String OPTION = "--exit-with-parent";

    private ParentWatch() {}

    /**
     * Starts a daemon thread that reads and discards {@code in} until end of file or a read error,
     * then runs {@code onParentGone} once.
     *
     * @return the watching thread
     */
    public static Thread start(InputStream in, Runnable onParentGone) {
        Thread watcher = new Thread(
                () -> {
                    byte[] discard = new byte[256];
                    try {
                        while (in.read(discard) >= 0) {
                            // The parent writes nothing on purpose; whatever comes is ignored.
                        }
                    } catch (IOException e) {
                        // A broken pipe means the same as end of file: the parent is gone.
                    }
                    onParentGone.run();
                },
                "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }
}

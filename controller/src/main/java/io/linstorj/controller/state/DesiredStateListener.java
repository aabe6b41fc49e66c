package io.linstorj.controller.state;

/**
 * Hears about committed changes of the desired state, e.g. to push it to satellites or to emit
 * events. Called on one notifier thread, in commit order, after the replies went out; a slow
 * listener delays other listeners but never the writer.
 */
@FunctionalInterface
public interface DesiredStateListener {
    /** Called once per committed batch that changed something. */
    void desiredStateChanged(StateChange change);
}

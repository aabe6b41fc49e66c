package io.linstorj.satellite.storage;

/** What an idempotent apply step did (STYLE.md section 4). */
public enum Change {
    /** It created something that was absent. */
    CREATED,
    /** It changed something that existed (grew it, attached it again). */
    UPDATED,
    /** It removed something that existed. */
    DELETED,
    /** Everything already was as desired; nothing was touched. */
    NOOP
}

package io.linstorj.satellite.drbd;

/** What an idempotent {@link DrbdDriver} action changed. */
public enum DrbdApplyResult {
    /** The resource did not exist and was brought up. */
    CREATED,
    /** The resource existed and its configuration changed. */
    UPDATED,
    /** The resource existed and was taken down. */
    DELETED,
    /** Nothing had to change. */
    NOOP
}

package io.linstorj.controller.state;

import io.linstorj.controller.api.ApiCallRc;
import java.util.List;

/**
 * One change request to the desired state, run by the writer: validates against the state,
 * changes it and returns the reply entries. A refusal throws
 * {@link io.linstorj.controller.api.ApiRcException}; whatever the mutation changed before is
 * undone.
 */
@FunctionalInterface
public interface Mutation {
    /** Applies the change to {@code state} and returns the reply entries. */
    List<ApiCallRc> apply(DesiredState state);
}

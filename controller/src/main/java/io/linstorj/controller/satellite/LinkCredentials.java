package io.linstorj.controller.satellite;

import io.linstorj.common.trust.ClusterKey;
import java.util.Objects;

/**
 * Who the controller is toward its satellites.
 *
 * @param controllerUuid this controller process's id, for the satellites' logs
 * @param key            the cluster's identity the satellites trust
 */
public record LinkCredentials(String controllerUuid, ClusterKey key) {
    /** Checks that both are there. */
    public LinkCredentials {
        Objects.requireNonNull(controllerUuid, "controllerUuid");
        Objects.requireNonNull(key, "key");
    }
}

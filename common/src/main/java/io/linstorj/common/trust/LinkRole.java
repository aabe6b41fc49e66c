package io.linstorj.common.trust;

/**
 * Which end of a satellite link computes a proof. The role goes into the HMAC, so that a proof
 * one end sends can never be reflected back to it as the other end's proof.
 */
public enum LinkRole {
    /** The controller, proving it holds the cluster's secret. */
    CONTROLLER("linstorj-link-controller-v1"),
    /** The satellite, proving it holds the same secret. */
    SATELLITE("linstorj-link-satellite-v1");

    private final String label;

    LinkRole(String label) {
        this.label = label;
    }

    /** The domain-separation label mixed into this role's proofs. */
    String label() {
        return label;
    }
}

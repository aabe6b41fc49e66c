package io.linstorj.client.internal.rest;

/**
 * The controller's {@code GET /v1/controller/version} answer.
 *
 * @param version the controller's version, e.g. {@code 1.33.3}
 * @param restApiVersion the REST API version it serves, e.g. {@code 1.27.0}; empty when not said
 * @param gitHash the controller's build commit; empty when not said
 */
public record ControllerVersion(String version, String restApiVersion, String gitHash) {}

package io.linstorj.rest;

/**
 * One method on one path template and what answers it.
 *
 * @param method the HTTP method
 * @param path the template
 * @param endpoint the answer, or the "not supported yet" answer for paths of the spec not done yet
 * @param supported false for a path of the spec LinstorJ does not serve yet (answered 501)
 */
public record Route(String method, PathPattern path, Endpoint endpoint, boolean supported) {}

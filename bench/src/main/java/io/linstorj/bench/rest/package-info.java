/**
 * {@code bench rest}: LINSTOR's REST API v1 of a controller process the bench starts itself,
 * driven by {@link java.net.http.HttpClient}s on kept-alive connections as python-linstor does:
 * creating resource definitions with a volume definition each, listing them, the resource view,
 * and the controller's memory.
 */
package io.linstorj.bench.rest;

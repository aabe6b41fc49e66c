/**
 * The REST endpoints: each translates a request into a call of a controller service and the
 * service's answer into LINSTOR's JSON, as the client protocol's {@code *Messages} do for
 * protobuf. No business logic lives here.
 */
package io.linstorj.rest.endpoint;

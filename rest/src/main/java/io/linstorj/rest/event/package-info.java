/**
 * Server-sent event streams of the REST API: LINSTOR's {@code /v1/events/nodes} and
 * {@code /v1/events/drbd/promotion}, and LinstorJ's watch streams (resource state, volume disk
 * state) under {@code /v1/events/linstorj/}, all fed by the controller's event hub or node service
 * and written through the bounded {@link io.linstorj.rest.http.EventStreamWriter}.
 */
package io.linstorj.rest.event;

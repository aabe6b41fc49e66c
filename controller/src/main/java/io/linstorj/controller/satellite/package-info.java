/**
 * The controller's side of the satellite links: per link, the pipeline set-up ({@code
 * SatellitePipeline}), the handshake as a state machine ({@code LinkHandshake}, {@code
 * HandshakeState}), the heartbeat ({@code LinkHeartbeat}) and the reconnect with backoff ({@code
 * Reconnect}), tied together by {@link io.linstorj.controller.satellite.SatelliteConnection};
 * sending each node the part of the desired state it needs; and applying what the satellites
 * report to the observed state. A transport by nature, it may use the satellite protocol's
 * messages, but translates them at the link ({@code ObservedReports}): its listener, and the
 * domain packages, see only the controller's records.
 */
package io.linstorj.controller.satellite;

/**
 * The controller's side of the satellite links: connecting with handshake, heartbeat and
 * reconnect with backoff, sending each node the part of the desired state it needs, and applying
 * what the satellites report to the observed state. A transport by nature, it may use the
 * satellite protocol's messages; the domain packages may not.
 */
package io.linstorj.controller.satellite;

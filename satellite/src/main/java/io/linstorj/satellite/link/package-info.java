/**
 * The satellite's end of the controller link: the server socket, the handshake that admits only
 * the controller of the cluster this satellite belongs to ({@link
 * io.linstorj.satellite.link.ClusterBinding}, {@link io.linstorj.satellite.link.ControllerHandshake}),
 * the node name it answers to, and the one authenticated link that carries desired states in and
 * observed states out.
 */
package io.linstorj.satellite.link;

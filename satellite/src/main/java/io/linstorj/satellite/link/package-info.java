/**
 * The satellite's end of the controller link: the server socket, the handshake that admits only
 * the controller of the cluster this satellite belongs to ({@link
 * io.linstorj.satellite.link.ClusterBinding}, {@link io.linstorj.satellite.link.ControllerHandshake}),
 * the node name it answers to, and the one authenticated link that carries desired states in and
 * observed states out. The wire stops here: {@link io.linstorj.satellite.link.DesiredStates} turns
 * the controller's message into the plan's records, {@link
 * io.linstorj.satellite.link.ObservedReports} turns the reconciler's report into the answer.
 */
package io.linstorj.satellite.link;

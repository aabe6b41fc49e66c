/**
 * The machinery behind {@link io.linstorj.testing.LinstorTestCluster}, not for users: the nodes in
 * child JVMs or in this one behind one interface, and the reset that empties a cluster between
 * tests. It may use the launcher, client, controller, satellite and REST modules.
 */
package io.linstorj.testing.internal;

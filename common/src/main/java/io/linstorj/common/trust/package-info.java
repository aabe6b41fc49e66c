/**
 * The cluster identity that binds satellites to one controller's cluster: the {@link
 * io.linstorj.common.trust.ClusterKey} (cluster id and a 256-bit secret), the HMAC proofs both
 * ends of a satellite link exchange, and the file format both processes keep it in.
 */
package io.linstorj.common.trust;

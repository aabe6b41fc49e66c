/**
 * The cluster's identity as the controller keeps it: created at the first start, stored in the
 * database, optionally exported to a key file that satellites are started with.
 */
package io.linstorj.controller.trust;

/**
 * Checks of network address text that the controller and the satellite share, so that both
 * accept the same literals. No name is ever resolved here.
 */
package io.linstorj.common.net;

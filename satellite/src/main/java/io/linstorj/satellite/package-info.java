/**
 * The satellite process: its configuration and command line, start-up and shutdown of the
 * controller link, the reconciler and the storage providers.
 */
package io.linstorj.satellite;

/**
 * Storage providers behind one interface, the diskless provider, and the values every provider
 * shares (volume ids and specs, capacity, changes, problems); the file, LVM and ZFS providers live
 * in the subpackages. A provider touches only volumes it can prove it created.
 */
package io.linstorj.satellite.storage;

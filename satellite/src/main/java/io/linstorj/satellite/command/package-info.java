/**
 * Running external tools (lvm, zfs, drbdsetup, losetup): commands as values, their results, and
 * failures told apart by kind (not installed, failed, timed out, interrupted). Every other
 * satellite package runs processes only through {@link io.linstorj.satellite.command.CommandRunner},
 * so tests can record and replay them.
 */
package io.linstorj.satellite.command;

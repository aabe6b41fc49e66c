/**
 * Nodes and their network interfaces: create, modify, delete, declare lost and reconnect, with
 * the rules their input must pass and the views the adapters render.
 */
package io.linstorj.controller.node;

/**
 * Resource definitions, volume definitions and resources: the services that create, modify,
 * activate, toggle and delete them, the allocation of DRBD ports, minors and node ids, and the
 * views the adapters render.
 */
package io.linstorj.controller.resource;

/**
 * What the satellites last reported: resources, volumes, storage pools and snapshots as they are
 * on the nodes, kept apart from the desired state and read by views and events without ever
 * waiting on a satellite.
 */
package io.linstorj.controller.observed;

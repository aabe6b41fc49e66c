/**
 * Watch events: the hub that turns observed-state changes into LINSTOR's event streams (Open,
 * Value, CloseNoConnection, CloseRemoved) for each watcher's filter, and the sink an adapter
 * implements to deliver them.
 */
package io.linstorj.controller.event;

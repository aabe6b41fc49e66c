package io.linstorj.client;

/**
 * The data of a {@link Consts#EVENT_RESOURCE_STATE} event: the state of a resource on one node.
 *
 * @param ready whether DRBD is up and connected as it should be
 * @param inUse whether the resource is open (primary) on that node
 */
public record ResourceState(boolean ready, boolean inUse) implements EventData {
}

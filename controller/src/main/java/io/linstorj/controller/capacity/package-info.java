/**
 * Size queries (LINSTOR's query-max-volume-size, query-size-info and query-all-size-info): how large
 * a volume the cluster could hold for a select filter, answered from the desired state and the
 * capacities the satellites last reported.
 *
 * <p>{@link io.linstorj.controller.capacity.SizeQueryService} takes a snapshot under the read lock
 * and asks the placer ({@link io.linstorj.controller.placement.Placer}) where replicas of an empty
 * volume would go, so that the answer honours the filter exactly as autoplace and spawn do; it
 * knows nothing of REST. The values it answers are {@link
 * io.linstorj.controller.capacity.MaxVolumeSizes} and {@link io.linstorj.controller.capacity.SizeInfo}.
 */
package io.linstorj.controller.capacity;

/**
 * Autoplace in the controller: maps the desired state and the satellites' reports onto the pure
 * placement engine ({@link io.linstorj.controller.placement}) and creates the replicas it chooses.
 * The decision is taken off the state writer, on a snapshot copied under the read lock, by
 * {@link io.linstorj.controller.autoplace.PlacementPlanner}'s bounded executor; the write
 * mutation checks it again and applies it. {@link io.linstorj.controller.autoplace.AutoplaceService}
 * serves the AutoPlaceRsc call; {@link io.linstorj.controller.autoplace.Autoplacer} is shared with
 * spawn, which creates the definition and its replicas in one mutation.
 */
package io.linstorj.controller.autoplace;

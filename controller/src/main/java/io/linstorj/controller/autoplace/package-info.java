/**
 * Autoplace in the controller: maps the desired state and the satellites' reports onto the pure
 * placement engine ({@link io.linstorj.controller.placement}) and creates the replicas it chooses,
 * inside the write mutation. {@link io.linstorj.controller.autoplace.AutoplaceService} serves the
 * AutoPlaceRsc call; {@link io.linstorj.controller.autoplace.Autoplacer} is the step that spawn
 * reuses inside its own mutation.
 */
package io.linstorj.controller.autoplace;

/**
 * The placement engine (autoplace): decides which nodes and storage pools get the new replicas of
 * a resource, without I/O.
 *
 * <p>The controller maps its model onto the input records ({@link
 * io.linstorj.controller.placement.PlacementCandidate} with its {@link
 * io.linstorj.controller.placement.CandidatePool}s and {@link
 * io.linstorj.controller.placement.DeployedResource}s, {@link
 * io.linstorj.controller.placement.ResourceToPlace}), the transport maps LINSTOR's
 * {@code AutoSelectFilter} onto {@link io.linstorj.controller.placement.AutoSelectFilter}, and
 * {@link io.linstorj.controller.placement.Placer#place} answers a {@link
 * io.linstorj.controller.placement.PlacementDecision} or a {@link
 * io.linstorj.controller.placement.PlacementRefusal} carrying LINSTOR's ret code.
 *
 * <p>Every call does bounded work, whatever the user sends: {@code not_place_with_rsc_regex} runs on
 * RE2/J (linear time, at most 1,024 characters) and each call stops, refused, past its work limit.
 */
package io.linstorj.controller.placement;

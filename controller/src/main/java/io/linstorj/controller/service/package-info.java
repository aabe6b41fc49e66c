/**
 * The bundle of transport-agnostic services that adapters call: {@link
 * io.linstorj.controller.service.ControllerServices} wires the node, storage, resource, group, KV,
 * props, placement and error-report services over one writer and one desired state.
 *
 * <p>It may use the domain packages only; adapters (binary protocol in {@code controller.transport},
 * REST in the {@code rest} module) depend on it, never the other way round.
 */
package io.linstorj.controller.service;

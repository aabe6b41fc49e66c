package io.linstorj.controller.placement;

/** What {@link Placer#place} answers: a {@link PlacementDecision} or a {@link PlacementRefusal}. */
public sealed interface PlacementResult permits PlacementDecision, PlacementRefusal {}

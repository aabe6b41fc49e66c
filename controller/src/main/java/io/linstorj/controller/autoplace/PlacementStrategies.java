package io.linstorj.controller.autoplace;

import io.linstorj.controller.placement.FewestResourcesStrategy;
import io.linstorj.controller.placement.MostFreeSpaceStrategy;
import io.linstorj.controller.placement.PlacementStrategy;
import io.linstorj.controller.props.PropertyRules;

/** Chooses the placement strategy the controller property {@code Autoplacer/Strategy} names. */
public final class PlacementStrategies {
    private static final PlacementStrategy MOST_FREE_SPACE = new MostFreeSpaceStrategy();
    private static final PlacementStrategy FEWEST_RESOURCES = new FewestResourcesStrategy();

    private PlacementStrategies() {}

    /** The strategy {@code setting} names; unset (null) or unknown means most free space. */
    public static PlacementStrategy named(String setting) {
        return PropertyRules.STRATEGY_FEWEST_RESOURCES.equals(setting) ? FEWEST_RESOURCES : MOST_FREE_SPACE;
    }
}

package io.linstorj.controller.placement;

/**
 * Carries a refusal out of the step that found it, so the steps read straight; {@link Placer}
 * turns it back into a result, and it never leaves the package.
 */
final class PlacementRefusedException extends RuntimeException {
    private final transient PlacementRefusal refusal;

    PlacementRefusedException(PlacementRefusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    static PlacementRefusedException invalidFilter(long retCode, String message, String correction) {
        return new PlacementRefusedException(PlacementRefusal.invalidFilter(retCode, message, correction));
    }

    PlacementRefusal refusal() {
        return refusal;
    }
}

package io.linstorj.controller.resource;

import io.linstorj.controller.api.CallContext;
import io.linstorj.controller.props.NumberRange;
import io.linstorj.controller.state.DesiredState;
import io.linstorj.controller.state.TableView;
import java.util.function.Function;

/**
 * Picks free DRBD ports or minors from the range a controller property sets (else a default),
 * going round from where it last stopped so that sequential allocations stay cheap.
 * Used on the writer thread only.
 */
final class NumberAllocator {
    private final String rangeProperty;
    private final NumberRange defaultRange;
    private final int max;
    private final Function<DesiredState, TableView<Integer, ?>> used;
    private final long exhaustedCode;
    private final String what;
    private int cursor;

    NumberAllocator(
            String rangeProperty,
            NumberRange defaultRange,
            int max,
            Function<DesiredState, TableView<Integer, ?>> used,
            long exhaustedCode,
            String what) {
        this.rangeProperty = rangeProperty;
        this.defaultRange = defaultRange;
        this.max = max;
        this.used = used;
        this.exhaustedCode = exhaustedCode;
        this.what = what;
        this.cursor = defaultRange.low();
    }

    /** The range in force: the controller property's value, else the default. */
    NumberRange range(DesiredState state) {
        String configured = state.controllerProps().get(rangeProperty);
        return configured == null
                ? defaultRange
                : NumberRange.parse(configured, 0, max).orElse(defaultRange);
    }

    /** A free number of the range; throws the exhausted code when none is left. */
    int allocate(DesiredState state, CallContext ctx) {
        NumberRange range = range(state);
        TableView<Integer, ?> inUse = used.apply(state);
        int size = range.high() - range.low() + 1;
        int start = range.contains(cursor) ? cursor : range.low();
        for (int i = 0; i < size; i++) {
            int candidate = range.low() + Math.floorMod(start - range.low() + i, size);
            if (!inUse.containsKey(candidate)) {
                cursor = candidate + 1;
                return candidate;
            }
        }
        throw ctx.refuse(
                exhaustedCode,
                "No free " + what + " left in the range " + range + ".",
                "Every " + what + " of the range is in use.",
                "Widen the range with the controller property '" + rangeProperty + "' or give a free " + what + ".");
    }
}

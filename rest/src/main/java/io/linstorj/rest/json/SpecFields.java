package io.linstorj.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Checks of the fields a body of the spec may carry but LinstorJ does not act on, never ignored:
 * a value asking for a feature LinstorJ lacks (another layer stack, a chosen DRBD secret, shared
 * pools, ...) is refused with 501 ({@link #notSupported}); a value that contradicts the path or
 * fills a field only answers carry is refused with 400 ({@link #absent}, {@link #empty}, {@link
 * #refusal}). Both name the field and why. Values that change nothing (an empty list, {@code
 * false}, LinstorJ's own layer stack) pass.
 */
public final class SpecFields {
    /** The one layer stack LinstorJ builds: DRBD over storage. */
    public static final List<String> LAYER_STACK = List.of("DRBD", "STORAGE");

    private SpecFields() {}

    /**
     * Refuses {@code value} unless it is absent.
     *
     * @throws ApiRcException FAIL_INVLD_REQUEST (400) naming {@code field}
     */
    public static void absent(String field, Object value, String why) {
        if (given(value)) {
            throw refusal(field, why, "Leave " + field + " out.");
        }
    }

    /**
     * Refuses a field that asks for a feature LinstorJ lacks: {@code asked} is whether the body
     * asks for it (a value given, a list not empty, {@code true}; see {@link #given}).
     *
     * @throws UnsupportedFieldException FAIL_INVLD_REQUEST, answered 501, naming {@code field}
     */
    public static void notSupported(String field, boolean asked, String why, String correction) {
        if (asked) {
            throw unsupported(field, why, correction);
        }
    }

    /** The 501 refusal of {@code field}, a feature LinstorJ lacks. */
    public static UnsupportedFieldException unsupported(String field, String why, String correction) {
        return new UnsupportedFieldException(fieldRefused(field, why, correction));
    }

    /** Whether a JSON field was given a value: not absent and not JSON null. */
    public static boolean given(Object value) {
        return value != null && !(value instanceof JsonNode node && node.isNull());
    }

    /** Whether a JSON list was given with entries. */
    public static boolean given(Collection<?> value) {
        return value != null && !value.isEmpty();
    }

    /** Refuses a non-empty list. */
    public static void empty(String field, Collection<?> value, String why) {
        if (value != null && !value.isEmpty()) {
            throw refusal(field, why, "Leave " + field + " out or send it empty.");
        }
    }

    /**
     * Accepts a layer list that names LinstorJ's stack or a part of it in its order, DRBD first
     * ({@code [DRBD, STORAGE]}, {@code [DRBD]}; empty = the default); refuses any other (a stack
     * without DRBD, LUKS, NVME, caches) with FAIL_INVLD_LAYER_STACK, answered 501.
     */
    public static void layerList(String field, List<String> layers) {
        if (layers == null || layers.isEmpty()) {
            return;
        }
        List<String> upper = layers.stream()
                .map(layer -> layer == null ? "" : layer.toUpperCase(Locale.ROOT))
                .toList();
        if (!upper.get(0).equals("DRBD")
                || !LAYER_STACK.subList(0, Math.min(upper.size(), 2)).equals(upper)) {
            throw new UnsupportedFieldException(ApiCallRc.of(
                            RetCodes.FAIL_INVLD_LAYER_STACK,
                            "The layer list " + layers + " of " + field + " is not supported by LinstorJ.")
                    .withCause("LinstorJ builds every resource as DRBD over storage; other layers (LUKS, NVME, "
                            + "WRITECACHE, CACHE, BCACHE) and storage without DRBD do not exist in it.")
                    .withCorrection("Leave " + field + " out or send [\"DRBD\", \"STORAGE\"]."));
        }
    }

    /** Accepts an absent value or {@code accepted} (ignoring case), the only one LinstorJ has; others are 501. */
    public static void onlyValue(String field, String value, String accepted, String why) {
        notSupported(
                field,
                value != null && !value.equalsIgnoreCase(accepted),
                why,
                "Leave " + field + " out or send \"" + accepted + "\".");
    }

    /** A ResourceDefinitionLayer / VolumeDefinitionLayer entry: its type, and data LinstorJ cannot take. */
    @SpecSchema({"ResourceDefinitionLayer", "VolumeDefinitionLayer"})
    public record LayerEntry(String type, JsonNode data) {}

    /** Accepts layer data that only names LinstorJ's stack ({@link #layerList}) without data. */
    public static void layerData(String field, List<LayerEntry> entries) {
        if (entries == null) {
            return;
        }
        for (LayerEntry entry : entries) {
            if (entry == null) {
                throw new JsonInputException(field + " holds a null entry.");
            }
            notSupported(
                    field + "[].data",
                    given(entry.data()),
                    "LinstorJ chooses the DRBD settings of a definition itself.",
                    "Leave " + field + "[].data out.");
        }
        layerList(field, entries.stream().map(LayerEntry::type).toList());
    }

    /** The refusal of one field. */
    public static ApiRcException refusal(String field, String why, String correction) {
        return new ApiRcException(fieldRefused(field, why, correction));
    }

    /** One answer for both refusals, so the 400 and the 501 of a field read alike. */
    private static ApiCallRc fieldRefused(String field, String why, String correction) {
        return ApiCallRc.of(RetCodes.FAIL_INVLD_REQUEST, "The field " + field + " is not supported by LinstorJ.")
                .withCause(why)
                .withDetails("Field: " + field)
                .withCorrection(correction);
    }
}

package io.linstorj.client;

import io.linstorj.common.RetCodes;
import java.util.List;
import java.util.Map;

/**
 * One entry of the controller's answer to a call: LINSTOR's ApiCallRc.
 *
 * <p>The ret code is {@code code | type mask | operation mask | object mask} with LINSTOR's values
 * ({@link Consts}): creating node alpha answers
 * {@code MASK_NODE | MASK_CRT | CREATED}, message "Node 'alpha' registered.", and the object
 * reference {@code Node -> alpha}.
 *
 * <p>The checks taking a code ({@link #isError(long)}, {@link #matches(long)}, ...) compare it
 * field by field: each of the four fields (type, operation, object, code) that is set in the
 * argument must equal that field of {@link #retCode()}; fields left zero match anything. So
 * {@code isError(Consts.FAIL_EXISTS_NODE)} is true only for that error, {@code isError(Consts.MASK_NODE)}
 * for any error about a node, and {@code isSuccess(Consts.MASK_NODE | Consts.MASK_CRT)} for any
 * successful node creation. Unlike a plain bit test, {@code MASK_RSC_DFN} does not match a node's
 * code (the object masks are numbers in bits 18-22, not single bits).
 *
 * @param retCode the ret code
 * @param message what happened, one sentence
 * @param cause why it happened (empty when not given)
 * @param correction what the caller can do about it (empty when not given)
 * @param details further details (empty when not given)
 * @param objRefs the objects concerned, e.g. {@code Node -> alpha}, {@code RscDfn -> rsc1}
 * @param errorReportIds ids of the error reports the controller wrote for this entry
 */
public record ApiCallResponse(
        long retCode,
        String message,
        String cause,
        String correction,
        String details,
        Map<String, String> objRefs,
        List<String> errorReportIds) {

    private static final long FIELDS =
            RetCodes.MASK_BITS_TYPE | RetCodes.MASK_BITS_OP | RetCodes.MASK_BITS_OBJ | RetCodes.MASK_BITS_CODE;
    private static final long[] FIELD_MASKS = {
        RetCodes.MASK_BITS_TYPE, RetCodes.MASK_BITS_OP, RetCodes.MASK_BITS_OBJ, RetCodes.MASK_BITS_CODE, ~FIELDS,
    };

    /** Creates an entry; the maps and lists are copied. */
    public ApiCallResponse {
        objRefs = Map.copyOf(objRefs);
        errorReportIds = List.copyOf(errorReportIds);
    }

    /** Creates an entry with only a ret code and a message. */
    public static ApiCallResponse of(long retCode, String message) {
        return new ApiCallResponse(retCode, message, "", "", "", Map.of(), List.of());
    }

    /** True when the ret code carries no type mask: the operation succeeded. */
    public boolean isSuccess() {
        return RetCodes.isSuccess(retCode);
    }

    /** True when the ret code carries the error type mask: the operation was refused or failed. */
    public boolean isError() {
        return RetCodes.isError(retCode);
    }

    /** True when the ret code carries the warning type mask. */
    public boolean isWarning() {
        return RetCodes.isWarning(retCode);
    }

    /** True when the ret code carries the info type mask. */
    public boolean isInfo() {
        return RetCodes.isInfo(retCode);
    }

    /** True when this is a success and the ret code {@linkplain #matches(long) matches} {@code code}. */
    public boolean isSuccess(long code) {
        return isSuccess() && matches(code);
    }

    /**
     * True when this is an error and the ret code {@linkplain #matches(long) matches} {@code code},
     * like LINSTOR's Python {@code is_error(code)}: {@code isError(Consts.FAIL_NOT_FOUND_NODE)}.
     */
    public boolean isError(long code) {
        return isError() && matches(code);
    }

    /** True when this is a warning and the ret code {@linkplain #matches(long) matches} {@code code}. */
    public boolean isWarning(long code) {
        return isWarning() && matches(code);
    }

    /** True when this is an info and the ret code {@linkplain #matches(long) matches} {@code code}. */
    public boolean isInfo(long code) {
        return isInfo() && matches(code);
    }

    /**
     * True when every field set in {@code code} (type, operation, object, code) equals that field
     * of the ret code; fields that are zero in {@code code} match anything.
     */
    public boolean matches(long code) {
        for (long mask : FIELD_MASKS) {
            long wanted = code & mask;
            if (wanted != 0 && (retCode & mask) != wanted) {
                return false;
            }
        }
        return true;
    }

    /**
     * Renders the entry like LINSTOR does: {@code SUCCESS: Node 'alpha' registered.}, followed by
     * indented cause, correction, details and error report ids where present.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(typeName()).append(": ").append(message);
        appendLine(text, "Cause", cause);
        appendLine(text, "Correction", correction);
        appendLine(text, "Details", details);
        if (!errorReportIds.isEmpty()) {
            appendLine(text, "Error reports", String.join(", ", errorReportIds));
        }
        return text.toString();
    }

    private String typeName() {
        if (isError()) {
            return "ERROR";
        }
        if (isWarning()) {
            return "WARNING";
        }
        return isInfo() ? "INFO" : "SUCCESS";
    }

    private static void appendLine(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            text.append('\n').append("    ").append(label).append(": ").append(value);
        }
    }
}

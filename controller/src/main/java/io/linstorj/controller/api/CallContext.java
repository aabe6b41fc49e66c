package io.linstorj.controller.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operation and object an API call is about: builds its reply entries with the right masks
 * and object references.
 *
 * <pre>{@code
 * CallContext ctx = CallContext.of(RetCodes.MASK_CRT, RetCodes.MASK_NODE).ref(ApiCallRc.REF_NODE, "alpha");
 * return List.of(ctx.rc(RetCodes.CREATED, "Node 'alpha' registered."));
 * }</pre>
 *
 * @param operationMask MASK_CRT, MASK_MOD or MASK_DEL
 * @param objectMask the object mask (MASK_NODE, MASK_RSC_DFN, ...)
 * @param objRefs object references added to every entry
 */
public record CallContext(long operationMask, long objectMask, Map<String, String> objRefs) {

    /** Creates a context; the references are copied. */
    public CallContext {
        objRefs = Map.copyOf(objRefs);
    }

    /** Creates a context without object references. */
    public static CallContext of(long operationMask, long objectMask) {
        return new CallContext(operationMask, objectMask, Map.of());
    }

    /** Returns a copy with one more object reference. */
    public CallContext ref(String key, String value) {
        Map<String, String> refs = new LinkedHashMap<>(objRefs);
        refs.put(key, value);
        return new CallContext(operationMask, objectMask, refs);
    }

    /** Builds a reply entry: {@code code | operation mask | object mask}, with the references. */
    public ApiCallRc rc(long code, String message) {
        return new ApiCallRc(code | operationMask | objectMask, message, "", "", "", objRefs);
    }

    /** Builds a refusal carrying a reply entry with a message, cause and correction. */
    public ApiRcException refuse(long code, String message, String cause, String correction) {
        return new ApiRcException(rc(code, message).withCause(cause).withCorrection(correction));
    }

    /** Builds a refusal carrying a reply entry with a message only. */
    public ApiRcException refuse(long code, String message) {
        return new ApiRcException(rc(code, message));
    }
}

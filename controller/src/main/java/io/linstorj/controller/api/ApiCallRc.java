package io.linstorj.controller.api;

import io.linstorj.common.RetCodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of the answer to an API call: LINSTOR's ApiCallRc.
 *
 * <p>The ret code combines a code, a type mask, an operation mask and an object mask
 * ({@code RetCodes.MASK_NODE | RetCodes.MASK_CRT | RetCodes.CREATED}). Empty strings stand for
 * absent texts.
 *
 * @param retCode LINSTOR ret code
 * @param message what happened, for a person
 * @param cause why it happened, or empty
 * @param correction what the caller can do about it, or empty
 * @param details further facts, or empty
 * @param objRefs the objects concerned, e.g. {@code Node -> alpha}
 * @param errorReportIds the error reports written for this entry (an unexpected exception), usually none
 */
public record ApiCallRc(
        long retCode,
        String message,
        String cause,
        String correction,
        String details,
        Map<String, String> objRefs,
        List<String> errorReportIds) {

    /** Object reference key of a node. */
    public static final String REF_NODE = "Node";
    /** Object reference key of a resource definition (and of a resource, with {@link #REF_NODE}). */
    public static final String REF_RESOURCE_DEFINITION = "RscDfn";
    /** Object reference key of the first node of a connection. */
    public static final String REF_FIRST_NODE = "FirstNode";
    /** Object reference key of the second node of a connection. */
    public static final String REF_SECOND_NODE = "SecondNode";
    /** Object reference key of a resource group. */
    public static final String REF_RESOURCE_GROUP = "RscGrp";
    /** Object reference key of a volume number. */
    public static final String REF_VOLUME_NUMBER = "VlmNr";
    /** Object reference key of a storage pool. */
    public static final String REF_STORAGE_POOL = "StorPool";
    /** Object reference key of a storage pool definition. */
    public static final String REF_STORAGE_POOL_DEFINITION = "StorPoolDfn";
    /** Object reference key of a net interface. */
    public static final String REF_NET_INTERFACE = "NetIf";
    /** Object reference key of a snapshot. */
    public static final String REF_SNAPSHOT = "Snapshot";
    /** Object reference key of a key-value store. */
    public static final String REF_KEY_VALUE_STORE = "KeyValueStore";

    /** Creates an entry; null texts become empty, the references are copied. */
    public ApiCallRc {
        message = message == null ? "" : message;
        cause = cause == null ? "" : cause;
        correction = correction == null ? "" : correction;
        details = details == null ? "" : details;
        objRefs = Collections.unmodifiableMap(new TreeMap<>(objRefs));
        errorReportIds = List.copyOf(errorReportIds);
    }

    /** Creates an entry without error reports. */
    public ApiCallRc(
            long retCode,
            String message,
            String cause,
            String correction,
            String details,
            Map<String, String> objRefs) {
        this(retCode, message, cause, correction, details, objRefs, List.of());
    }

    /** Creates an entry with a ret code and a message only. */
    public static ApiCallRc of(long retCode, String message) {
        return new ApiCallRc(retCode, message, "", "", "", Map.of());
    }

    /** Returns a copy with the given cause. */
    public ApiCallRc withCause(String newCause) {
        return new ApiCallRc(retCode, message, newCause, correction, details, objRefs, errorReportIds);
    }

    /** Returns a copy with the given correction. */
    public ApiCallRc withCorrection(String newCorrection) {
        return new ApiCallRc(retCode, message, cause, newCorrection, details, objRefs, errorReportIds);
    }

    /** Returns a copy with the given details. */
    public ApiCallRc withDetails(String newDetails) {
        return new ApiCallRc(retCode, message, cause, correction, newDetails, objRefs, errorReportIds);
    }

    /** Returns a copy with the given object references added. */
    public ApiCallRc withObjRefs(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(objRefs);
        all.putAll(more);
        return new ApiCallRc(retCode, message, cause, correction, details, all, errorReportIds);
    }

    /** Returns a copy naming error report {@code id} too; an empty id (no report written) changes nothing. */
    public ApiCallRc withErrorReportId(String id) {
        if (id == null || id.isEmpty()) {
            return this;
        }
        List<String> ids = new ArrayList<>(errorReportIds);
        ids.add(id);
        return new ApiCallRc(retCode, message, cause, correction, details, objRefs, ids);
    }

    /** True when the ret code carries the error type mask. */
    public boolean isError() {
        return RetCodes.isError(retCode);
    }

    /** True when the ret code carries the warning type mask. */
    public boolean isWarning() {
        return RetCodes.isWarning(retCode);
    }

    /** True when the ret code carries no type mask. */
    public boolean isSuccess() {
        return RetCodes.isSuccess(retCode);
    }

    /** True when the ret code is {@code code} (type and code bits) with any operation and object mask. */
    public boolean hasCode(long code) {
        return (retCode & (RetCodes.MASK_BITS_TYPE | RetCodes.MASK_BITS_CODE)) == code;
    }

    /** The code bits of the ret code (without type, operation and object masks). */
    public long code() {
        return retCode & RetCodes.MASK_BITS_CODE;
    }
}

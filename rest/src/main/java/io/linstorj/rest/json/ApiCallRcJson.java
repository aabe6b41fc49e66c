package io.linstorj.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.linstorj.controller.api.ApiCallRc;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * LINSTOR's ApiCallRc on the wire; empty texts and references are left out as LINSTOR does.
 *
 * @param retCode the masked ret code (negative for errors)
 * @param message what happened
 * @param cause why, if known
 * @param correction what to do, if known
 * @param details further facts
 * @param objRefs the objects concerned
 * @param errorReportIds the error reports written for this entry (an unexpected exception)
 * @param createdAt when the entry was made, ISO-8601
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiCallRcJson(
        long retCode,
        String message,
        String cause,
        String correction,
        String details,
        Map<String, String> objRefs,
        List<String> errorReportIds,
        String createdAt) {

    /** The wire form of {@code rc}, made at {@code now}. */
    public static ApiCallRcJson of(ApiCallRc rc, Instant now) {
        return new ApiCallRcJson(
                rc.retCode(),
                rc.message(),
                rc.cause(),
                rc.correction(),
                rc.details(),
                rc.objRefs(),
                rc.errorReportIds(),
                now.toString());
    }
}

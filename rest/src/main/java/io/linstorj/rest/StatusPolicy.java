package io.linstorj.rest;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import java.util.List;

/**
 * Which HTTP status an answer of ApiCallRc entries gets: the first error entry decides; without
 * an error the route's success status applies. LINSTOR answers most refusals 500; clients branch
 * on {@code status >= 400}, on 404 and on the body's ret codes, so the codes below are finer
 * without breaking them.
 *
 * <table>
 * <caption>error code (without masks) to status</caption>
 * <tr><td>200-299 invalid input (name, size, property, layer ...), 600-699 missing input</td><td>400</td></tr>
 * <tr><td>233 node has used resources, 500-599 already exists, 700-799 UUID mismatch,
 *     800-899 numbers exhausted, 971-997 refused by the cluster's state (in use, not enough nodes or space)</td>
 *     <td>409</td></tr>
 * <tr><td>300-399 not found</td><td>404</td></tr>
 * <tr><td>400-499 access denied</td><td>403</td></tr>
 * <tr><td>anything else (SQL, unknown, implementation error)</td><td>500</td></tr>
 * </table>
 */
public final class StatusPolicy {
    private StatusPolicy() {}

    /** The status of {@code replies} for a route that answers {@code successStatus} when nothing failed. */
    public static int status(List<ApiCallRc> replies, int successStatus) {
        for (ApiCallRc rc : replies) {
            if (rc.isError()) {
                return errorStatus(rc.retCode());
            }
        }
        return successStatus;
    }

    /** The status of one error ret code. */
    public static int errorStatus(long retCode) {
        if (retCode == RetCodes.API_CALL_PARSE_ERROR) {
            return 400;
        }
        long code = retCode & RetCodes.MASK_BITS_CODE;
        if (code == 233) {
            return 409;
        }
        if (code >= 200 && code < 300 || code >= 600 && code < 700) {
            return 400;
        }
        if (code >= 300 && code < 400) {
            return 404;
        }
        if (code >= 400 && code < 500) {
            return 403;
        }
        if (code >= 500 && code < 600 || code >= 700 && code < 900 || code >= 971 && code <= 997) {
            return 409;
        }
        return 500;
    }
}

package io.linstorj.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiCallResponseTest {
    private static final ApiCallResponse NODE_CREATED =
            ApiCallResponse.of(Consts.MASK_NODE | Consts.MASK_CRT | Consts.CREATED, "Node 'alpha' registered.");
    private static final ApiCallResponse NODE_EXISTS = ApiCallResponse.of(
            Consts.MASK_NODE | Consts.MASK_CRT | Consts.FAIL_EXISTS_NODE, "Node 'alpha' already exists.");

    @Test
    void typeChecksFollowTheTypeMask() {
        assertThat(NODE_CREATED.isSuccess()).isTrue();
        assertThat(NODE_CREATED.isError()).isFalse();
        assertThat(NODE_EXISTS.isError()).isTrue();
        assertThat(NODE_EXISTS.isWarning()).isFalse();
        assertThat(NODE_EXISTS.isInfo()).isFalse();
        assertThat(ApiCallResponse.of(Consts.WARN_NOT_CONNECTED, "w").isWarning())
                .isTrue();
        assertThat(ApiCallResponse.of(Consts.INFO_PROP_SET, "i").isInfo()).isTrue();
    }

    @Test
    void errorCodeCheckMatchesOnlyThatCode() {
        assertThat(NODE_EXISTS.isError(Consts.FAIL_EXISTS_NODE)).isTrue();
        assertThat(NODE_EXISTS.isError(Consts.FAIL_EXISTS_RSC_DFN)).isFalse();
        // 501 has every bit of 500 set: a plain bit test would wrongly match.
        ApiCallResponse rscDfnExists = ApiCallResponse.of(Consts.FAIL_EXISTS_RSC_DFN, "exists");
        assertThat(rscDfnExists.isError(Consts.FAIL_EXISTS_NODE)).isFalse();
    }

    @Test
    void objectAndOperationMasksMatchAsFields() {
        assertThat(NODE_EXISTS.isError(Consts.MASK_NODE)).isTrue();
        assertThat(NODE_EXISTS.isError(Consts.MASK_NODE | Consts.MASK_CRT)).isTrue();
        assertThat(NODE_EXISTS.isError(Consts.MASK_NODE | Consts.MASK_DEL)).isFalse();
        // MASK_RSC_DFN's bits are a subset of MASK_NODE's, yet a node's code is not about a resource definition.
        assertThat(NODE_EXISTS.isError(Consts.MASK_RSC_DFN)).isFalse();
        assertThat(NODE_CREATED.isSuccess(Consts.MASK_NODE | Consts.MASK_CRT | Consts.CREATED))
                .isTrue();
        assertThat(NODE_CREATED.isSuccess(Consts.DELETED)).isFalse();
        assertThat(NODE_CREATED.isError(Consts.MASK_NODE)).isFalse();
    }

    @Test
    void zeroCodeMatchesAnything() {
        assertThat(NODE_CREATED.matches(0)).isTrue();
        assertThat(NODE_EXISTS.isError(0)).isTrue();
    }

    @Test
    void unknownApiCallMatchesItself() {
        ApiCallResponse unknown = ApiCallResponse.of(Consts.UNKNOWN_API_CALL, "Unknown API call 'Foo'.");
        assertThat(unknown.isError(Consts.UNKNOWN_API_CALL)).isTrue();
        assertThat(unknown.isError(Consts.API_CALL_PARSE_ERROR)).isFalse();
    }

    @Test
    void rendersLikeLinstor() {
        assertThat(NODE_CREATED).hasToString("SUCCESS: Node 'alpha' registered.");
        ApiCallResponse detailed = new ApiCallResponse(
                Consts.FAIL_EXISTS_NODE,
                "Node 'alpha' already exists.",
                "A node of that name exists",
                "Choose another name",
                "",
                Map.of("Node", "alpha"),
                List.of("5F3A-01"));
        assertThat(detailed)
                .hasToString("ERROR: Node 'alpha' already exists."
                        + "\n    Cause: A node of that name exists"
                        + "\n    Correction: Choose another name"
                        + "\n    Error reports: 5F3A-01");
        assertThat(ApiCallResponse.of(Consts.WARN_NOT_CONNECTED, "w")).hasToString("WARNING: w");
        assertThat(ApiCallResponse.of(Consts.INFO_PROP_SET, "i")).hasToString("INFO: i");
    }

    @Test
    void valuesAreImmutableCopies() {
        Map<String, String> refs = new java.util.HashMap<>(Map.of("Node", "alpha"));
        ApiCallResponse response = new ApiCallResponse(0, "m", "", "", "", refs, List.of());
        refs.put("RscDfn", "rsc");
        assertThat(response.objRefs()).containsOnlyKeys("Node");
    }

    @Test
    void allSuccessAndReturnIfFailure() {
        List<ApiCallResponse> ok = List.of(NODE_CREATED);
        List<ApiCallResponse> failed = List.of(NODE_CREATED, NODE_EXISTS);
        assertThat(Linstor.allApiResponsesSuccess(ok)).isTrue();
        assertThat(Linstor.allApiResponsesSuccess(List.of())).isTrue();
        assertThat(Linstor.allApiResponsesSuccess(failed)).isFalse();
        assertThat((Object) Linstor.returnIfFailure(ok)).isNull();
        assertThatThrownBy(() -> Linstor.returnIfFailure(failed))
                .isInstanceOfSatisfying(
                        LinstorApiCallError.class,
                        error -> assertThat(error.getApiCallResponses()).isEqualTo(failed));
    }
}

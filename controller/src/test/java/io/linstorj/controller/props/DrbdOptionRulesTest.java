package io.linstorj.controller.props;

import static io.linstorj.common.RetCodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DrbdOptionRulesTest {
    private static final CallContext CTX = CallContext.of(MASK_MOD, MASK_RSC_DFN);

    private static ApiCallRc refusal(String key, String value) {
        ApiRcException refused = catchThrowableOfType(() -> PropertyRules.check(key, value, CTX), ApiRcException.class);
        assertThat(refused).as("%s = %s is refused", key, value).isNotNull();
        ApiCallRc rc = refused.replies().get(0);
        assertThat(rc.retCode()).isEqualTo(MASK_MOD | MASK_RSC_DFN | FAIL_INVLD_PROP);
        assertThat(rc.cause()).isNotEmpty();
        assertThat(rc.correction()).isNotEmpty();
        return rc;
    }

    @ParameterizedTest
    @CsvSource({
        "DrbdOptions/Net/allow-two-primaries, yes",
        "DrbdOptions/Net/allow-two-primaries, False",
        "DrbdOptions/Net/max-buffers, 8000",
        "DrbdOptions/Net/max-buffers, 32",
        "DrbdOptions/Net/max-buffers, 131072",
        "DrbdOptions/Net/after-sb-0pri, discard-zero-changes",
        "DrbdOptions/Net/verify-alg, crc32c",
        "DrbdOptions/Net/tcp-cork, no",
        "DrbdOptions/auto-quorum, suspend-io",
        "DrbdOptions/AutoEvictMaxDisconnectedNodes, 34",
        "DrbdOptions/AutoEvictAllowEviction, TRUE",
        "DrbdOptions/AutoEvictAfterTime, 60",
        "Aux/anything, 'any; { value } #'"
    })
    void validDrbdOptionsAndOtherKeysAreAccepted(String key, String value) {
        assertThatCode(() -> PropertyRules.check(key, value, CTX)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DrbdOptions/Net/no-such-option",
                "DrbdOptions/Net/Max-Buffers",
                "DrbdOptions/Nett/timeout",
                "DrbdOptions/quorum",
                "DrbdOptions/Net/max-buffers/x"
            })
    void unknownDrbdOptionKeyIsRefused(String key) {
        assertThat(refusal(key, "1").message()).contains("Unknown DRBD option");
    }

    @ParameterizedTest
    @CsvSource({
        "DrbdOptions/Net/max-buffers, 31",
        "DrbdOptions/Net/max-buffers, 131073",
        "DrbdOptions/Net/max-buffers, 8k",
        "DrbdOptions/Net/max-buffers, -1",
        "DrbdOptions/Net/max-buffers, 99999999999999999999",
        "DrbdOptions/Net/timeout, 0",
        "DrbdOptions/AutoEvictMaxDisconnectedNodes, 101",
        "DrbdOptions/AutoEvictAfterTime, soon"
    })
    void outOfRangeNumberIsRefused(String key, String value) {
        assertThat(refusal(key, value).cause()).contains("whole number");
    }

    @ParameterizedTest
    @CsvSource({
        "DrbdOptions/Net/after-sb-0pri, discard-everything",
        "DrbdOptions/Net/fencing, Resource-Only",
        "DrbdOptions/auto-quorum, sometimes",
        "DrbdOptions/SkipDisk, true",
        "DrbdOptions/Net/tcp-cork, true",
        "DrbdOptions/Net/allow-two-primaries, maybe",
        "DrbdOptions/ExactSize, yes"
    })
    void valueOutsideEnumOrBooleanIsRefused(String key, String value) {
        refusal(key, value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8000; } handlers { before-resync-target \"/bin/sh -c id\"; } net {",
                "8000;",
                "8000 # comment",
                "80\n00",
                "a\"b",
                "a\\b",
                "{",
                "}"
            })
    void valueThatWouldBreakTheDrbdConfigurationIsRefused(String value) {
        ApiCallRc rc = refusal("DrbdOptions/Net/max-buffers", value);
        assertThat(rc.cause()).contains("DRBD configuration");
        refusal("DrbdOptions/auto-verify-algo-allowed-user-list", value);
    }

    @Test
    void optionsOfSectionsTheSatelliteDoesNotRenderAreNotSupported() {
        for (String key : new String[] {
            "DrbdOptions/Resource/quorum",
            "DrbdOptions/Disk/on-io-error",
            "DrbdOptions/PeerDevice/c-max-rate",
            "DrbdOptions/Handlers/split-brain"
        }) {
            assertThat(refusal(key, "majority").message()).contains("not supported");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"protocol", "cram-hmac-alg", "shared-secret"})
    void netOptionsLinstorjSetsItselfCannotBeSet(String option) {
        assertThat(refusal("DrbdOptions/Net/" + option, "C").cause()).contains("itself");
    }
}

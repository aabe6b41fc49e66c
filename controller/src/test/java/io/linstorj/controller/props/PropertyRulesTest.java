package io.linstorj.controller.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.linstorj.common.RetCodes;
import io.linstorj.controller.api.ApiCallRc;
import io.linstorj.controller.api.ApiRcException;
import io.linstorj.controller.api.CallContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyRulesTest {
    private static final CallContext CTX = CallContext.of(RetCodes.MASK_MOD, RetCodes.MASK_NODE);

    private static ApiCallRc refusal(Runnable check) {
        ApiRcException refused = catchThrowableOfType(ApiRcException.class, check::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.replies().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Aux//site", "/Aux/site", "Aux/site/", "Aux/\0site", "Aux/site\n", "Aux/\tsite", "", " "})
    void keysWithEmptySegmentsOuterSlashesOrControlCharactersAreRefused(String key) {
        ApiCallRc rc = refusal(() -> PropertyRules.check(key, "v", CTX));

        assertThat(rc.retCode()).isEqualTo(RetCodes.FAIL_INVLD_PROP | RetCodes.MASK_MOD | RetCodes.MASK_NODE);
        assertThat(rc.cause()).contains("non-empty segments");
        assertThat(rc.correction()).isNotBlank();
        assertThat(rc.message()).doesNotContain("\0", "\n");
    }

    @Test
    void aKeyLongerThanItsColumnIsRefusedAndOneThatFitsIsAccepted() {
        ApiCallRc rc = refusal(() -> PropertyRules.check("k".repeat(1025), "v", CTX));

        assertThat(rc.hasCode(RetCodes.FAIL_INVLD_PROP)).isTrue();
        assertThat(rc.message()).contains("1025 characters, more than 1024").hasSizeLessThan(200);
        assertThatCode(() -> PropertyRules.check("k".repeat(1024), "v", CTX)).doesNotThrowAnyException();
    }

    @Test
    void valuesLongerThanTheirColumnOrWithNulAreRefusedButNewlinesAreAccepted() {
        assertThat(refusal(() -> PropertyRules.check("Aux/x", "v".repeat(1048577), CTX))
                        .hasCode(RetCodes.FAIL_INVLD_PROP))
                .isTrue();
        assertThat(refusal(() -> PropertyRules.check("Aux/x", "a\0b", CTX)).message())
                .contains("NUL", "'a\\0b'");
        assertThatCode(() -> PropertyRules.check("Aux/x", "line 1\nline 2", CTX))
                .doesNotThrowAnyException();
    }

    @Test
    void keyValueStoreKeysMayStartWithASlashButFollowTheOtherRules() {
        assertThatCode(() -> PropertyRules.checkEntry("/foo/bar/key", "v", CTX)).doesNotThrowAnyException();
        assertThat(refusal(() -> PropertyRules.checkEntry("//foo", "v", CTX)).hasCode(RetCodes.FAIL_INVLD_PROP))
                .isTrue();
        assertThat(refusal(() -> PropertyRules.checkEntry("/", "v", CTX)).hasCode(RetCodes.FAIL_INVLD_PROP))
                .isTrue();
        assertThat(refusal(() -> PropertyRules.checkEntry("/foo\n", "v", CTX)).hasCode(RetCodes.FAIL_INVLD_PROP))
                .isTrue();
    }
}

package io.linstorj.controller.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"ab", "alpha", "node-1", "node1.example.org", "A1", "1node"})
    void hostNamesAreValidNodeNames(String name) {
        assertThat(NameRules.isHostName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "-ab", "ab-", "a_b", "a..b", ".ab", "ab.", "a b"})
    void namesBreakingHostNameRulesAreInvalidNodeNames(String name) {
        assertThat(NameRules.isHostName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rs", "_r", "rsc-1", "Rsc_2", "a23456789012345678901234567890123456789012345678"})
    void objectNamesFollowLinstorRule(String name) {
        assertThat(NameRules.isObjectName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"r", "1rsc", "-rsc", "rsc.1", "rsc 1", "a234567890123456789012345678901234567890123456789"})
    void objectNamesBreakingTheRuleAreInvalid(String name) {
        assertThat(NameRules.isObjectName(name)).isFalse();
    }
}

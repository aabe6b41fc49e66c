package io.linstorj.controller.placement;

import static io.linstorj.controller.placement.TestCluster.GIB;
import static io.linstorj.controller.placement.TestCluster.MIB;
import static io.linstorj.controller.placement.TestCluster.decided;
import static io.linstorj.controller.placement.TestCluster.node;
import static io.linstorj.controller.placement.TestCluster.refused;
import static io.linstorj.controller.placement.TestCluster.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.linstorj.common.RetCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlacerRegexTest {
    /** 46 a's and "-b": the input on which backtracking engines explore exponentially many paths. */
    private static final String MANY_AS = "a".repeat(46) + "-b";

    private final Placer placer = new Placer();
    private final ResourceToPlace web = resource("web", 100 * MIB);

    private static List<PlacementCandidate> nodesHolding(String resourceName) {
        List<PlacementCandidate> nodes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            nodes.add(node("node" + i)
                    .thick("ssd", 10 * GIB)
                    .holding(resourceName + i, "ssd", GIB)
                    .build());
        }
        return nodes;
    }

    private static AutoSelectFilter notPlaceWith(String regex) {
        return AutoSelectFilter.builder()
                .placeCount(2)
                .notPlaceWithRscRegex(regex)
                .build();
    }

    /** Guards against a hang only: the limit is far above what a linear-time match needs. */
    private PlacementResult placeWithin30Seconds(AutoSelectFilter filter, List<PlacementCandidate> nodes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> placer.place(filter, web, nodes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(.*a){20}$", "(a+)+$", "(a|aa)+$", "(a|aa)+b", "^(a*)*$", "(a|aa)*c$"})
    void catastrophicBacktrackingPatternsAreDecidedInLinearTime(String regex) {
        PlacementDecision decision = decided(placeWithin30Seconds(notPlaceWith(regex), nodesHolding(MANY_AS)));

        assertThat(decision.diskfulReplicas()).hasSize(2);
    }

    @Test
    void catastrophicPatternThatMatchesStillKeepsReplicasAway() {
        PlacementRefusal refusal = refused(placeWithin30Seconds(notPlaceWith("^(a+)+-"), nodesHolding(MANY_AS)));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_NOT_ENOUGH_NODES);
        assertThat(refusal.rejections())
                .hasSize(3)
                .allSatisfy(rejection -> assertThat(rejection.reason()).endsWith("(not_place_with_rsc_regex)"));
    }

    @Test
    void matchingIgnoresCaseAsBefore() {
        PlacementRefusal refusal = refused(placer.place(notPlaceWith("^AAA"), web, nodesHolding(MANY_AS)));

        assertThat(refusal.rejections()).hasSize(3);
    }

    @Test
    void patternLongerThanTheLimitIsRefused() {
        String regex = "a".repeat(ResourceNamePattern.MAX_LENGTH + 1);

        PlacementRefusal refusal = refused(placer.place(notPlaceWith(regex), web, nodesHolding("db")));

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(refusal.message()).isEqualTo("not_place_with_rsc_regex has 1025 characters, more than 1024.");
        assertThat(refusal.cause()).isEqualTo("The auto-select filter is invalid.");
        assertThat(refusal.correction()).startsWith("Shorten the regular expression");
    }

    @Test
    void patternOfTheLimitLengthIsAccepted() {
        String regex = "x".repeat(ResourceNamePattern.MAX_LENGTH);

        assertThat(notPlaceWith(regex).validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(db)\\1", "db(?=-main)", "(?<!x)db", "db++"})
    void syntaxRe2DoesNotSupportIsRefused(String regex) {
        PlacementRefusal refusal = notPlaceWith(regex).validate().orElseThrow();

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(refusal.message())
                .startsWith("not_place_with_rsc_regex '" + regex + "' is not a valid regular expression: ");
        assertThat(refusal.correction()).contains("RE2 syntax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"((a{999}){999}){999}", "(a{1000}){1000}", "(((x{50}){50}){50})", "(a*){100}{100}"})
    void nestedCountedRepetitionsThatWouldExhaustMemoryAreRefused(String regex) {
        PlacementRefusal refusal = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> notPlaceWith(regex).validate().orElseThrow());

        assertThat(refusal.retCode()).isEqualTo(RetCodes.FAIL_INVLD_REQUEST);
        assertThat(refusal.message()).startsWith("not_place_with_rsc_regex '" + regex + "' ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"^db-[0-9]{1,3}$", "(web|db){2}", "^tmp-", "[a-z]{48}", "\\d{1000}"})
    void ordinaryPatternsAreAccepted(String regex) {
        assertThat(notPlaceWith(regex).validate()).isEmpty();
    }

    @Test
    void sizeEstimateMultipliesNestedRepetitionsAndStopsAtTheLimit() {
        assertThat(RegexSize.estimate("abc", 100)).isEqualTo(3);
        assertThat(RegexSize.estimate("(ab){10}", 1_000)).isGreaterThanOrEqualTo(20);
        assertThat(RegexSize.estimate("((ab){10}){10}", 1_000)).isGreaterThanOrEqualTo(200);
        assertThat(RegexSize.estimate("((a{999}){999}){999}", 5_000)).isEqualTo(5_001);
        assertThat(RegexSize.estimate("[{}]{3}\\{x{", 1_000)).isLessThan(20);
    }
}

package io.linstorj.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    @Test
    void percentilesAreNearestRank() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 100; i >= 1; i--) {
            recorder.record(i);
        }

        LatencySummary summary = recorder.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50Nanos()).isEqualTo(50);
        assertThat(summary.p90Nanos()).isEqualTo(90);
        assertThat(summary.p99Nanos()).isEqualTo(99);
        assertThat(summary.maxNanos()).isEqualTo(100);
        assertThat(summary.meanNanos()).isEqualTo(50);
    }

    @Test
    void nothingRecordedSummarisesAsZeros() {
        assertThat(new LatencyRecorder().summary()).isEqualTo(LatencySummary.EMPTY);
    }

    @Test
    void negativeDurationIsRefused() {
        assertThatThrownBy(() -> new LatencyRecorder().record(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void targetsSayWhetherAFigureMeetsThem() {
        assertThat(Target.below("p50 < 50 ms", 50).verdict(49.9)).isEqualTo("met");
        assertThat(Target.below("p50 < 50 ms", 50).verdict(50)).isEqualTo("NOT met");
        assertThat(Target.atLeast(">= 2,000 calls/s", 2000).verdict(2000)).isEqualTo("met");
        assertThat(Check.ofIf(false, Target.below("< 3 s", 3), 1, "only 200 rds")
                        .result())
                .isEqualTo("n/a: only 200 rds");
    }
}

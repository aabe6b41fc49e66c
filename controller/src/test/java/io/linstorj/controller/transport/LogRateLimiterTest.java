package io.linstorj.controller.transport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogRateLimiterTest {
    private final AtomicLong clock = new AtomicLong();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private LogRateLimiter limiter;

    @BeforeEach
    void capture() {
        Logger logger = (Logger) LoggerFactory.getLogger("test.rate-limited." + System.nanoTime());
        logger.setAdditive(false);
        lines.start();
        logger.addAppender(lines);
        limiter = new LogRateLimiter(logger, 3, clock::get);
    }

    private void advanceSeconds(long seconds) {
        clock.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private java.util.List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void linesPastTheQuotaOfAMinuteAreSuppressedAndCounted() {
        for (int i = 0; i < 10; i++) {
            limiter.warn("oversized frame", "bad client {}", i);
        }

        assertThat(messages()).containsExactly("bad client 0", "bad client 1", "bad client 2");
        assertThat(limiter.suppressed("oversized frame")).isEqualTo(7);
    }

    @Test
    void theFirstLineOfALaterMinuteSaysHowManyWereSuppressed() {
        for (int i = 0; i < 5; i++) {
            limiter.warn("oversized frame", "bad client {}", i);
        }
        advanceSeconds(61);

        assertThat(limiter.warn("oversized frame", "bad client {}", 5)).isTrue();

        assertThat(messages())
                .endsWith("Suppressed 2 more warnings about oversized frame in the last minute", "bad client 5");
        assertThat(limiter.suppressed("oversized frame")).isZero();
    }

    @Test
    void eachKindHasItsOwnQuota() {
        for (int i = 0; i < 5; i++) {
            limiter.warn("connection limit", "refused {}", i);
        }

        assertThat(limiter.warn("frame timeout", "slow {}", 0)).isTrue();
        assertThat(messages()).hasSize(4).last().isEqualTo("slow 0");
    }

    @Test
    void withinTheMinuteTheQuotaDoesNotRefill() {
        for (int i = 0; i < 3; i++) {
            limiter.warn("idle timeout", "idle {}", i);
        }
        advanceSeconds(59);

        assertThat(limiter.warn("idle timeout", "idle {}", 3)).isFalse();
    }
}

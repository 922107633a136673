package dk.medhearing.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginLimitProperties(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 1000),
            clock);

    @Test
    void shouldAnswerTheFreeAttemptsAtOnceAndThenDoubleTheWaitUpToTheCap() {
        // given four wrong passwords from one address
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("10.0.0.1", "zenia.mortensen")).isZero();
        }
        assertThat(throttle.waitBefore("10.0.0.1", "zenia.mortensen")).isZero();

        // when more follow, each after the wait
        Duration fifth = throttle.failed("10.0.0.1", "zenia.mortensen");
        assertThat(throttle.waitBefore("10.0.0.1", "zenia.mortensen")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(fifth);
        Duration sixth = throttle.failed("10.0.0.1", "zenia.mortensen");
        Duration last = sixth;
        for (int i = 0; i < 10; i++) {
            clock.advance(last);
            last = throttle.failed("10.0.0.1", "zenia.mortensen");
        }

        // then the wait starts at 1 s, doubles, and stops at 60 s
        assertThat(fifth).isEqualTo(Duration.ofSeconds(1));
        assertThat(sixth).isEqualTo(Duration.ofSeconds(2));
        assertThat(last).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldNeverSlowTheSameUserFromAnotherAddressOrAnotherUserFromTheSameAddress() {
        // given a guesser refused for zenia.mortensen
        for (int i = 0; i < 50; i++) {
            throttle.failed("10.0.0.1", "zenia.mortensen");
        }

        // then others are not
        assertThat(throttle.waitBefore("10.0.0.1", "zenia.mortensen")).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.waitBefore("10.0.0.1", "ZENIA.Mortensen")).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.waitBefore("10.0.0.2", "zenia.mortensen")).isZero();
        assertThat(throttle.waitBefore("10.0.0.1", "yvonne.ebbesen")).isZero();
    }

    @Test
    void shouldStartAfreshAfterTheRightPasswordOrWhenTheGuessesAreOld() {
        // given two addresses with five wrong passwords each
        for (int i = 0; i < 5; i++) {
            throttle.failed("10.0.0.1", "zenia.mortensen");
            throttle.failed("10.0.0.2", "zenia.mortensen");
        }

        // when the right password comes from one, and more than 15 minutes pass for the other
        throttle.succeeded("10.0.0.1", "zenia.mortensen");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        // then both start with their free attempts again
        assertThat(throttle.failed("10.0.0.1", "zenia.mortensen")).isZero();
        assertThat(throttle.failed("10.0.0.2", "zenia.mortensen")).isZero();
    }

    @Test
    void shouldRefuseLimitsThatMakeNoSense() {
        assertThatThrownBy(() -> new LoginLimitProperties(
                        0, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 10))
                .hasMessageContaining("free-attempts");
        assertThatThrownBy(() -> new LoginLimitProperties(
                        5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30), 10))
                .hasMessageContaining("forget-after");
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

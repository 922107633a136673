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
            new LoginLimitProperties(
                    5,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(60),
                    Duration.ofMinutes(15),
                    1000,
                    10,
                    Duration.ofDays(30)),
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
    void shouldNeverSlowTheSameUserFromAnotherAddressNorAnotherUserBeforeTheAddressLimit() {
        // given a guesser refused for zenia.mortensen after nine wrong passwords (fewer than the address's ten)
        for (int i = 0; i < 9; i++) {
            throttle.failed("10.0.0.1", "zenia.mortensen");
        }

        // then only that pair waits
        assertThat(throttle.waitBefore("10.0.0.1", "zenia.mortensen")).isEqualTo(Duration.ofSeconds(16));
        assertThat(throttle.waitBefore("10.0.0.1", "ZENIA.Mortensen")).isEqualTo(Duration.ofSeconds(16));
        assertThat(throttle.waitBefore("10.0.0.2", "zenia.mortensen")).isZero();
        assertThat(throttle.waitBefore("10.0.0.1", "yvonne.ebbesen")).isZero();
    }

    @Test
    void shouldSlowOnePasswordTriedOnManyUsersFromOneAddress() {
        // given one wrong password each for nine users from one address: all answered at once
        for (int i = 1; i <= 9; i++) {
            assertThat(throttle.failed("10.0.0.1", "bruger" + i)).isZero();
        }

        // when a tenth user is tried from there
        Duration tenth = throttle.failed("10.0.0.1", "bruger10");

        // then every user not known there waits, starting at 1 s and doubling with each further wrong password
        assertThat(tenth).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("10.0.0.1", "bruger11")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(tenth);
        assertThat(throttle.waitBefore("10.0.0.1", "bruger11")).isZero();
        assertThat(throttle.failed("10.0.0.1", "bruger11")).isEqualTo(Duration.ofSeconds(2));
        // and other addresses are not slowed
        assertThat(throttle.waitBefore("10.0.0.2", "bruger12")).isZero();
    }

    @Test
    void shouldCountAGuesserWhoTakesAFreshIpv6AddressForEachAttemptByTheNetwork() {
        // given four wrong passwords for one user, each from another address of one IPv6 /64
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("2001:db8:0:1::" + i, "zenia.mortensen")).isZero();
        }

        // when a fifth comes from yet another address of it
        Duration fifth = throttle.failed("2001:db8:0:1::ab:5", "zenia.mortensen");

        // then it is slowed as from one address, and the user from another network is not
        assertThat(fifth).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("2001:db8:0:1:ffff::6", "zenia.mortensen"))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("2001:db8:0:2::1", "zenia.mortensen")).isZero();
    }

    @Test
    void shouldNotSlowAnOwnerWhoLoggedInFromTheGuessersAddressBefore() {
        // given karen.holm logged in from an address a colleague shares
        throttle.succeeded("10.0.0.1", "karen.holm");

        // when a guesser there tries one password on twenty users
        for (int i = 1; i <= 20; i++) {
            throttle.failed("10.0.0.1", "bruger" + i);
        }

        // then karen.holm logs in at once, and so does a mistyped password of hers
        assertThat(throttle.waitBefore("10.0.0.1", "karen.holm")).isZero();
        assertThat(throttle.failed("10.0.0.1", "karen.holm")).isZero();
        assertThat(throttle.waitBefore("10.0.0.1", "karen.holm")).isZero();
        // while a user never seen there waits
        assertThat(throttle.waitBefore("10.0.0.1", "mads.winther")).isPositive();
        // and once she has not logged in from there for 30 days, she is a stranger there too
        clock.advance(Duration.ofDays(30).plusSeconds(1));
        for (int i = 21; i <= 30; i++) {
            throttle.failed("10.0.0.1", "bruger" + i);
        }
        assertThat(throttle.waitBefore("10.0.0.1", "karen.holm")).isPositive();
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
                        0,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(15),
                        10,
                        10,
                        Duration.ZERO))
                .hasMessageContaining("free-attempts");
        assertThatThrownBy(() -> new LoginLimitProperties(
                        5,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(30),
                        10,
                        10,
                        Duration.ZERO))
                .hasMessageContaining("forget-after");
        assertThatThrownBy(() -> new LoginLimitProperties(
                        5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 10, 4, Duration.ZERO))
                .hasMessageContaining("address-free-attempts");
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

package dk.medhearing.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Remembers wrong passwords per client address and user id together, so guessing slows the guesser and never the
 * account's owner elsewhere. The table lives in this node's memory, bounded ({@code maxEntries}, least recently
 * used go first) and forgetting a pair {@code forgetAfter} after its last wrong password. The wall clock is used,
 * never the engine's (tests move that).
 */
@Service
public class LoginThrottle {

    private record Key(String address, String userId) {}

    private record Failures(int count, Instant refusedUntil) {}

    private final LoginLimitProperties limits;
    private final Clock clock;
    private final Cache<Key, Failures> failures;

    @Autowired
    LoginThrottle(LoginLimitProperties limits) {
        this(limits, Clock.systemUTC());
    }

    LoginThrottle(LoginLimitProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(limits.maxEntries())
                .expireAfterWrite(limits.forgetAfter())
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** How long attempts from {@code address} for {@code userId} are still refused; zero: one may be made now. */
    public Duration waitBefore(String address, String userId) {
        Failures known = failures.getIfPresent(key(address, userId));
        if (known == null || known.refusedUntil() == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), known.refusedUntil());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Counts a wrong password; returns how long the next attempt from there for that user must wait. */
    public Duration failed(String address, String userId) {
        Failures now = failures.asMap().compute(key(address, userId), (k, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            Duration delay = delayAfter(count);
            return new Failures(count, delay.isZero() ? null : clock.instant().plus(delay));
        });
        return delayAfter(now.count());
    }

    /** The right password: the address and user start afresh. */
    public void succeeded(String address, String userId) {
        failures.invalidate(key(address, userId));
    }

    /** Forgets every pair (tests only: one Spring context is shared by all of them). */
    void forgetAll() {
        failures.invalidateAll();
    }

    private Duration delayAfter(int count) {
        if (count < limits.freeAttempts()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - limits.freeAttempts(), 30);
        Duration delay = limits.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    private static Key key(String address, String userId) {
        return new Key(address, userId.toLowerCase(Locale.ROOT));
    }
}

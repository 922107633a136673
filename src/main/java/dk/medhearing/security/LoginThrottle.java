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
 * Remembers wrong passwords per client address (an IPv6 address by its /64 network, {@link ClientNetwork}) and user
 * id together, so guessing slows the guesser and never the account's owner elsewhere; and per address for all
 * users, so one password tried on many users slows the guesser too, but not the users who logged in from that address
 * before (known pairs). The tables live in this node's memory, bounded ({@code maxEntries}, least recently used go
 * first), forgetting failures {@code forgetAfter} after the last wrong password and a known pair {@code knownFor}
 * after its last login. The wall clock is used, never the engine's (tests move that).
 */
@Service
public class LoginThrottle {

    private record Key(String address, String userId) {}

    private record Failures(int count, Instant refusedUntil) {}

    private final LoginLimitProperties limits;
    private final Clock clock;
    private final Cache<Key, Failures> failures;
    private final Cache<String, Failures> addresses;
    private final Cache<Key, Boolean> known;

    @Autowired
    LoginThrottle(LoginLimitProperties limits) {
        this(limits, Clock.systemUTC());
    }

    LoginThrottle(LoginLimitProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = cache(limits.forgetAfter());
        this.addresses = cache(limits.forgetAfter());
        this.known = cache(limits.knownFor());
    }

    private <K, V> Cache<K, V> cache(Duration forgetAfter) {
        return Caffeine.newBuilder()
                .maximumSize(limits.maxEntries())
                .expireAfterWrite(forgetAfter)
                .ticker(() -> clock.millis() * 1_000_000L)
                .build();
    }

    /** How long attempts from {@code address} for {@code userId} are still refused; zero: one may be made now. */
    public Duration waitBefore(String address, String userId) {
        Key key = key(address, userId);
        Duration pair = remaining(failures.getIfPresent(key));
        return isKnown(key) ? pair : longer(pair, remaining(addresses.getIfPresent(key.address())));
    }

    /** Counts a wrong password; returns how long the next attempt from there for that user must wait. */
    public Duration failed(String address, String userId) {
        Key key = key(address, userId);
        Failures pair = failures.asMap().compute(key, (k, before) -> next(before, limits.freeAttempts()));
        Failures all =
                addresses.asMap().compute(key.address(), (k, before) -> next(before, limits.addressFreeAttempts()));
        Duration pairWait = delayAfter(pair.count(), limits.freeAttempts());
        return isKnown(key) ? pairWait : longer(pairWait, delayAfter(all.count(), limits.addressFreeAttempts()));
    }

    /** The right password: the address and user start afresh, and the user is known there. */
    public void succeeded(String address, String userId) {
        Key key = key(address, userId);
        failures.invalidate(key);
        if (!limits.knownFor().isZero()) {
            known.put(key, Boolean.TRUE);
        }
    }

    /** Forgets every pair (tests only: one Spring context is shared by all of them). */
    void forgetAll() {
        failures.invalidateAll();
        addresses.invalidateAll();
        known.invalidateAll();
    }

    private boolean isKnown(Key key) {
        return known.getIfPresent(key) != null;
    }

    private Failures next(Failures before, int free) {
        int count = before == null ? 1 : before.count() + 1;
        Duration delay = delayAfter(count, free);
        return new Failures(count, delay.isZero() ? null : clock.instant().plus(delay));
    }

    private Duration remaining(Failures counted) {
        if (counted == null || counted.refusedUntil() == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), counted.refusedUntil());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Duration delayAfter(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 30);
        Duration delay = limits.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : delay;
    }

    /** Counted by the client's network ({@link ClientNetwork}: an IPv6 address by its /64) and the user id. */
    private static Key key(String address, String userId) {
        return new Key(ClientNetwork.of(address), userId.toLowerCase(Locale.ROOT));
    }
}

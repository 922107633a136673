package dk.medhearing.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Login limits per client address and user together (see {@link LoginThrottle}): {@code freeAttempts} wrong passwords
 * in a row are answered at once; after that each attempt from that address for that user must wait, starting at
 * {@code firstDelay} and doubling with each further wrong password up to {@code maxDelay}. An address and user
 * without a wrong password for {@code forgetAfter} start afresh; at most {@code maxEntries} pairs are remembered.
 * Against one password tried on many users: after {@code addressFreeAttempts} wrong passwords from one address, for
 * any users, attempts from there wait the same way, except for users who logged in from there within
 * {@code knownFor} (the owners behind a shared address are not slowed by a guesser among them).
 */
@ConfigurationProperties("medhearing.security.login")
public record LoginLimitProperties(
        @DefaultValue("5") int freeAttempts,
        @DefaultValue("PT1S") Duration firstDelay,
        @DefaultValue("PT60S") Duration maxDelay,
        @DefaultValue("PT15M") Duration forgetAfter,
        @DefaultValue("100000") long maxEntries,
        @DefaultValue("50") int addressFreeAttempts,
        @DefaultValue("P30D") Duration knownFor) {

    public LoginLimitProperties {
        if (freeAttempts < 1) {
            throw new IllegalArgumentException("medhearing.security.login.free-attempts must be at least 1");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "medhearing.security.login: first-delay must be positive and max-delay at least first-delay");
        }
        if (forgetAfter.compareTo(maxDelay) < 0) {
            throw new IllegalArgumentException("medhearing.security.login.forget-after must be at least max-delay");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("medhearing.security.login.max-entries must be at least 1");
        }
        if (addressFreeAttempts < freeAttempts) {
            throw new IllegalArgumentException(
                    "medhearing.security.login.address-free-attempts must be at least free-attempts");
        }
        if (knownFor.isNegative()) {
            throw new IllegalArgumentException("medhearing.security.login.known-for must not be negative");
        }
    }
}

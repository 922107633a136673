package dk.medhearing.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Login limits per client address and user together (see {@link LoginThrottle}): {@code freeAttempts} wrong passwords
 * in a row are answered at once; after that each attempt from that address for that user must wait, starting at
 * {@code firstDelay} and doubling with each further wrong password up to {@code maxDelay}. An address and user
 * without a wrong password for {@code forgetAfter} start afresh; at most {@code maxEntries} pairs are remembered.
 */
@ConfigurationProperties("medhearing.security.login")
public record LoginLimitProperties(
        @DefaultValue("5") int freeAttempts,
        @DefaultValue("PT1S") Duration firstDelay,
        @DefaultValue("PT60S") Duration maxDelay,
        @DefaultValue("PT15M") Duration forgetAfter,
        @DefaultValue("100000") long maxEntries) {

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
    }
}

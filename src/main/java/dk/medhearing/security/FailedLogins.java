package dk.medhearing.security;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * One WARN line per failed login attempt, with the client address and the user id tried (never the password, never a
 * stack trace). The user id comes from the client: control characters are replaced and it is cut to 100 characters,
 * so it cannot forge or flood log lines. Each is also counted in {@code medhearing.logins.failed} (tag {@code outcome}:
 * {@code wrong-password}, or {@code refused} while the address waits), in Micrometer's global registry, which Spring
 * Boot's registry (Prometheus) is part of.
 */
final class FailedLogins {

    private static final Logger log = LoggerFactory.getLogger(FailedLogins.class);
    private static final int MAX_USER_ID = 100;
    private static final String METRIC = "medhearing.logins.failed";

    private FailedLogins() {}

    static void wrongPassword(String address, String userId, Duration nextWait) {
        Metrics.counter(METRIC, "outcome", "wrong-password").increment();
        log.warn(
                "Login failed: wrong user or password for user '{}' from {}{}",
                printable(userId),
                address,
                nextWait.isZero() ? "" : "; attempts from there for that user wait " + seconds(nextWait) + " s");
    }

    static void refused(String address, String userId, Duration wait) {
        Metrics.counter(METRIC, "outcome", "refused").increment();
        log.warn(
                "Login refused: too many wrong passwords for user '{}' from {}; password not checked, retry in {} s",
                printable(userId),
                address,
                seconds(wait));
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static String printable(String userId) {
        String text = userId == null ? "" : userId;
        if (text.length() > MAX_USER_ID) {
            text = text.substring(0, MAX_USER_ID) + "…";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.append(
                        Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? "?" : Character.toString(c)));
        return out.toString();
    }
}

package dk.medhearing.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Delivery of case files to the case system ({@code medhearing.casefile.delivery}). {@code kind}: {@code none} (rows
 * are written and wait), {@code folder} (an import folder: {@code folder}) or {@code http} (a multipart POST to
 * {@code url}, with {@code token} as a bearer token or {@code username}/{@code password} as basic credentials, both
 * from the environment; {@code timeout} per request). The poller runs every {@code pollInterval} unless
 * {@code pollEnabled} is false; a claimed row stays this node's for {@code claimTimeout}; a failed attempt is tried
 * again after {@code backoff}, doubling up to {@code maxBackoff}; after {@code maxAttempts} the row is FAILED.
 * {@code historyRetention}: how long the engine keeps a process's history after its case file was delivered.
 */
@ConfigurationProperties("medhearing.casefile.delivery")
public record DeliveryProperties(
        @DefaultValue("none") DeliveryKind kind,
        Path folder,
        URI url,
        String token,
        String username,
        String password,
        @DefaultValue("PT60S") Duration timeout,
        @DefaultValue("true") boolean pollEnabled,
        @DefaultValue("PT10S") Duration pollInterval,
        @DefaultValue("PT10M") Duration claimTimeout,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration backoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("P365D") Duration historyRetention,
        @DefaultValue("") String nodeId) {

    private static final String PREFIX = "medhearing.casefile.delivery.";

    public DeliveryProperties {
        token = blankAsNull(token);
        username = blankAsNull(username);
        password = blankAsNull(password);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(PREFIX + "max-attempts must be at least 1");
        }
        if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException(PREFIX + "backoff must not be negative nor above max-backoff");
        }
        if (historyRetention.isNegative()) {
            throw new IllegalArgumentException(PREFIX + "history-retention must not be negative");
        }
        if (kind == DeliveryKind.FOLDER && folder == null) {
            throw new IllegalArgumentException(PREFIX + "folder must be set when kind is folder");
        }
        if (kind == DeliveryKind.HTTP) {
            if (url == null
                    || !url.isAbsolute()
                    || url.getHost() == null
                    || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException(
                        PREFIX + "url must be an absolute http(s) address when kind is http");
            }
            if (token != null && username != null) {
                throw new IllegalArgumentException(PREFIX + "set either token or username/password, not both");
            }
            if (username != null && password == null) {
                throw new IllegalArgumentException(PREFIX + "password must be set with username");
            }
        }
        if (nodeId == null || nodeId.isBlank()) {
            nodeId = ManagementFactory.getRuntimeMXBean().getName();
        }
    }

    /** The wait before attempt number {@code attempts + 1}, after {@code attempts} failed ones. */
    public Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** The same settings, delivering elsewhere (the tests point delivery at their own server or folder). */
    DeliveryProperties to(DeliveryKind otherKind, Path otherFolder, URI otherUrl, String otherToken) {
        return new DeliveryProperties(
                otherKind,
                otherFolder,
                otherUrl,
                otherToken,
                null,
                null,
                timeout,
                pollEnabled,
                pollInterval,
                claimTimeout,
                maxAttempts,
                backoff,
                maxBackoff,
                historyRetention,
                nodeId);
    }

    /** Never prints the credentials. */
    @Override
    public String toString() {
        return "DeliveryProperties[kind=" + kind + ", folder=" + folder + ", url=" + url + ", token="
                + (token == null ? "none" : "***") + ", username=" + username + ", maxAttempts=" + maxAttempts + "]";
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

package dk.medhearing.operations;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The business metrics ({@code medhearing.metrics}): {@code refresh} is how long one reading of the database and the
 * engine serves every gauge (a scrape reads each gauge; one reading answers them all). Zero reads on every scrape.
 */
@ConfigurationProperties("medhearing.metrics")
record MetricsProperties(@DefaultValue("PT15S") Duration refresh) {

    MetricsProperties {
        if (refresh.isNegative()) {
            throw new IllegalArgumentException("medhearing.metrics.refresh must not be negative");
        }
    }
}

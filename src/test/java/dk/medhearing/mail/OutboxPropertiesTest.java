package dk.medhearing.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxPropertiesTest {

    @Test
    void shouldNameEveryDeliveryThreadButTheFirstAfterTheNode() {
        // given a node of three delivery threads
        OutboxProperties three = withWorkers(3);

        // when / then the first claims as the node, the others as node/n
        assertThat(three.claimant(0)).isEqualTo("node-a");
        assertThat(three.claimant(1)).isEqualTo("node-a/1");
        assertThat(three.claimant(2)).isEqualTo("node-a/2");
    }

    @Test
    void shouldRefuseNoDeliveryThreadOrMoreThanEight() {
        assertThatThrownBy(() -> withWorkers(0)).hasMessageContaining("medhearing.mail.outbox.workers");
        assertThatThrownBy(() -> withWorkers(9)).hasMessageContaining("between 1 and 8");
        assertThat(withWorkers(8).workers()).isEqualTo(8);
    }

    private static OutboxProperties withWorkers(int workers) {
        return new OutboxProperties(
                true,
                Duration.ofSeconds(2),
                Duration.ofMinutes(2),
                5,
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                "node-a",
                Duration.ofDays(30),
                Duration.ofMillis(50),
                workers);
    }
}

package dk.medhearing.delivery;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** A case file's delivery state as the board shows it, and when nothing more happens to it by itself. */
class CaseFileStateTest {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-05T11:00+01:00");

    @Test
    void shouldNameEachStateInDanishAndSettleOnlyWhenDeliveredOrGivenUp() {
        // given the four states a case file can be in
        CaseFileState none = CaseFileState.NONE;
        CaseFileState pending = new CaseFileState(DeliveryRepository.PENDING, null);
        CaseFileState delivered = new CaseFileState(DeliveryRepository.DELIVERED, NOON);
        CaseFileState failed = new CaseFileState(DeliveryRepository.FAILED, null);

        // then the board's words, and only a delivered or failed one is settled
        assertThat(none.label()).isEqualTo("–");
        assertThat(pending.label()).isEqualTo("Afventer");
        assertThat(delivered.label()).isEqualTo("Leveret 05.12.2026 kl. 11.00");
        assertThat(failed.label()).isEqualTo("Fejlet");
        assertThat(none.settled()).isFalse();
        assertThat(pending.settled()).isFalse();
        assertThat(delivered.settled()).isTrue();
        assertThat(failed.settled()).isTrue();
    }
}

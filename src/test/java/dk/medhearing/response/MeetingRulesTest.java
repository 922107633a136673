package dk.medhearing.response;

import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.FieldError;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Minutes and responses follow the meeting: nothing is recorded or shown before it begins. */
class MeetingRulesTest {

    private static final OffsetDateTime MEETING = OffsetDateTime.parse("2026-12-10T14:00:00+01:00");

    @Test
    void minutesBeforeTheMeetingAreRefusedWithTheDanishReasonNamingWhen() {
        // given the minute-taker on 5 December, the meeting on 10 December
        OffsetDateTime now = OffsetDateTime.parse("2026-12-05T09:30:00+01:00");

        // when
        FieldError refusal = MeetingRules.minutesRefusal(MEETING, now).orElseThrow();

        // then
        assertThat(refusal.field()).isEqualTo(CommitteeResponseVariables.MEETING_DATE);
        assertThat(refusal.message())
                .isEqualTo(
                        "Referatet kan først registreres, når mødet er begyndt: torsdag den 10. december 2026 kl. 14.00.");
    }

    @Test
    void minutesAreAcceptedFromTheMeetingsStartOn() {
        assertThat(MeetingRules.minutesRefusal(MEETING, MEETING.minusMinutes(1)))
                .isPresent();
        assertThat(MeetingRules.minutesRefusal(MEETING, MEETING)).isEmpty();
        assertThat(MeetingRules.minutesRefusal(MEETING, MEETING.plusHours(2))).isEmpty();
    }

    @Test
    void theSameInstantInAnotherOffsetIsTheSameMoment() {
        // given 13.00 UTC is 14.00 in Copenhagen in December
        OffsetDateTime utc = OffsetDateTime.parse("2026-12-10T13:00:00Z");

        // then
        assertThat(MeetingRules.minutesRefusal(MEETING, utc)).isEmpty();
        assertThat(MeetingRules.minutesRefusal(MEETING, utc.minusSeconds(1))
                        .orElseThrow()
                        .message())
                .contains("kl. 14.00");
    }

    @Test
    void withoutAKnownMeetingThereIsNothingToWaitFor() {
        assertThat(MeetingRules.minutesRefusal(null, MEETING)).isEmpty();
        assertThat(MeetingRules.responseShown(null, MEETING)).isTrue();
    }

    @Test
    void aResponseIsShownOnlyFromItsMeetingOn() {
        assertThat(MeetingRules.responseShown(MEETING, MEETING.minusDays(5))).isFalse();
        assertThat(MeetingRules.responseShown(MEETING, MEETING)).isTrue();
        assertThat(MeetingRules.responseShown(MEETING, MEETING.plusDays(1))).isTrue();
    }

    @Test
    void nowIsTheEnginesClock() {
        // given
        EngineClock clock = mock(EngineClock.class);
        when(clock.now()).thenReturn(MEETING.minusHours(1));
        MeetingRules rules = new MeetingRules(clock);

        // then
        assertThat(rules.minutesRefusal(MEETING)).isPresent();
        assertThat(rules.responseShown(MEETING)).isFalse();
        when(clock.now()).thenReturn(MEETING);
        assertThat(rules.minutesRefusal(MEETING)).isEmpty();
        assertThat(rules.responseShown(MEETING)).isTrue();
    }
}

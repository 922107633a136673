package dk.medhearing.response;

import dk.medhearing.response.ResponseForms.DraftForm;
import dk.medhearing.response.ResponseForms.MeetingForm;
import dk.medhearing.response.ResponseForms.MinutesForm;
import dk.medhearing.response.ResponseRules.MeetingTimes;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.ValidationFailedException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResponseRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-12-16T12:00:00+01:00");
    private static final MeetingForm MEETING = new MeetingForm("2026-12-09", "09:00", null, "11:00", "Lokale 3");

    @Test
    void aMeetingBeforeTheDeadlineIsScheduledInCopenhagenTime() {
        // when
        MeetingTimes times = ResponseRules.meeting(MEETING, NOW, DEADLINE, false, null);

        // then
        assertThat(times.start()).isEqualTo(OffsetDateTime.parse("2026-12-09T09:00:00+01:00"));
        assertThat(times.end()).isEqualTo(OffsetDateTime.parse("2026-12-09T11:00:00+01:00"));
        assertThat(times.place()).isEqualTo("Lokale 3");
    }

    @Test
    void aMeetingInThePastOrAfterTheDeadlineWithoutPlaceIsRefusedWithEveryRule() {
        // given
        MeetingForm late = new MeetingForm("2026-12-17", "09:00", null, "08:00", null);

        // when
        ValidationFailedException refused = catchThrowableOfType(
                ValidationFailedException.class, () -> ResponseRules.meeting(late, NOW, DEADLINE, false, null));

        // then
        assertThat(refused.getMessage()).startsWith(ResponseRules.MEETING_REJECTED);
        assertThat(refused.errors())
                .extracting(FieldError::message)
                .containsExactly(
                        "Mødets sluttidspunkt skal ligge efter starttidspunktet.",
                        "Mødested skal udfyldes.",
                        "Mødet skal holdes før høringsfristen (onsdag den 16. december 2026 kl. 12.00).");
    }

    @Test
    void aMeetingThatHasBegunCannotBeMovedAndSaysSoFirst() {
        // given a meeting that began an hour ago, moved to a start in the past
        MeetingForm past = new MeetingForm("2026-12-01", "09:00", null, null, "Lokale 3");

        // when
        ValidationFailedException refused = catchThrowableOfType(
                ValidationFailedException.class,
                () -> ResponseRules.meeting(past, NOW, DEADLINE, true, NOW.minusHours(1)));

        // then
        assertThat(refused.getMessage()).startsWith(ResponseRules.MOVE_REJECTED);
        assertThat(refused.errors())
                .extracting(FieldError::message)
                .containsExactly(
                        "Mødet er begyndt (onsdag den 2. december 2026 kl. 09.00) og kan ikke længere flyttes.",
                        "Mødet skal ligge i fremtiden.");
    }

    @Test
    void minutesWaitForTheMeetingAndNeedAttendeesAChairAndAMinuteTaker() {
        // given a meeting tomorrow, minutes without anyone
        MinutesForm empty = new MinutesForm(MEETING, null, null, null, null, null, null);

        // when
        ValidationFailedException refused = catchThrowableOfType(
                ValidationFailedException.class, () -> ResponseRules.minutes(empty, NOW.plusDays(1), NOW));

        // then
        assertThat(refused.getMessage()).startsWith(ResponseRules.MINUTES_REJECTED);
        assertThat(refused.errors())
                .extracting(FieldError::field)
                .containsExactly("meetingDate", "managementAttendees", "meetingChair", "minuteTaker");
    }

    @Test
    void minutesOfABegunMeetingAreRecordedWithinTheirLengths() {
        // given
        MinutesForm minutes = new MinutesForm(MEETING, "Leder", null, null, "Formand", "Referent", "Drøftet.");
        MinutesForm tooLong = new MinutesForm(MEETING, "Leder", null, null, "F".repeat(201), "Referent", null);

        // when
        MeetingTimes recorded = ResponseRules.minutes(minutes, NOW.minusHours(1), NOW);
        ValidationFailedException refused = catchThrowableOfType(
                ValidationFailedException.class, () -> ResponseRules.minutes(tooLong, NOW.minusHours(1), NOW));

        // then
        assertThat(recorded.place()).isEqualTo("Lokale 3");
        assertThat(refused.errors())
                .extracting(FieldError::message)
                .containsExactly("Ordstyrer må højst være 200 tegn (der er 201).");
    }

    @Test
    void aDraftNeedsATextOrNoRemarksAndStaysWithinItsLength() {
        // when
        ResponseRules.draft(new DraftForm(true, null, null));
        ResponseRules.draft(new DraftForm(false, "Vi bakker op.", null));
        ValidationFailedException empty = catchThrowableOfType(
                ValidationFailedException.class, () -> ResponseRules.draft(new DraftForm(false, null, null)));
        ValidationFailedException tooLong = catchThrowableOfType(
                ValidationFailedException.class,
                () -> ResponseRules.draft(new DraftForm(true, null, "x".repeat(100_001))));

        // then
        assertThat(empty.errors()).extracting(FieldError::field).containsExactly("responseText");
        assertThat(tooLong.errors()).extracting(FieldError::field).containsExactly("employeeRemarks");
    }

    @Test
    void theSubmittedResponseNamesEveryoneWhoApprovedIt() {
        // given
        List<Approval> approvals = List.of(approval("formand"), approval(null), approval("næstformand"));

        // when, then
        assertThat(ResponseRules.approvers(approvals)).isEqualTo("formand,næstformand");
        assertThat(ResponseRules.approvers(List.of())).isNull();
    }

    private static Approval approval(String by) {
        return new Approval("H-1", "amc", 1, ApproverRole.CHAIR, true, null, by, NOW);
    }
}

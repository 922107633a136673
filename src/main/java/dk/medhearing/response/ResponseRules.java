package dk.medhearing.response;

import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.FieldRules;
import dk.medhearing.response.ResponseForms.DraftForm;
import dk.medhearing.response.ResponseForms.MeetingForm;
import dk.medhearing.response.ResponseForms.MinutesForm;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dk.medhearing.response.CommitteeResponseVariables.ABSENTEES;
import static dk.medhearing.response.CommitteeResponseVariables.DISCUSSION;
import static dk.medhearing.response.CommitteeResponseVariables.EMPLOYEE_ATTENDEES;
import static dk.medhearing.response.CommitteeResponseVariables.EMPLOYEE_REMARKS;
import static dk.medhearing.response.CommitteeResponseVariables.MANAGEMENT_ATTENDEES;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_CHAIR;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_DATE;
import static dk.medhearing.response.CommitteeResponseVariables.MEETING_PLACE;
import static dk.medhearing.response.CommitteeResponseVariables.MINUTE_TAKER;
import static dk.medhearing.response.CommitteeResponseVariables.RESPONSE_TEXT;

/**
 * The rules of a committee's part, without a task or a table: a meeting scheduled or moved, its minutes, a response
 * draft, and who approved the submitted response. Each either returns what it read or throws a
 * {@link ValidationFailedException} with every broken rule, in Danish, naming the field.
 */
final class ResponseRules {

    static final String MEETING_REJECTED = "Mødet blev ikke gemt";
    static final String MOVE_REJECTED = "Mødet blev ikke flyttet";
    static final String MINUTES_REJECTED = "Referatet blev ikke gemt";
    static final String DRAFT_REJECTED = "Høringssvaret blev ikke gemt";
    static final int MAX_ATTENDEES = 20_000;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 100_000;

    private ResponseRules() {}

    /** A meeting's start, end and place as the rules accepted them. */
    record MeetingTimes(OffsetDateTime start, OffsetDateTime end, String place) {}

    /**
     * A meeting scheduled ({@code move} false) or moved at {@code now}: a readable start in the future and before the
     * hearing's {@code deadline} (from our records), an end after the start, a place. A move is refused first of all
     * once the meeting it moves ({@code currentStart}) has begun.
     */
    static MeetingTimes meeting(
            MeetingForm form, OffsetDateTime now, OffsetDateTime deadline, boolean move, OffsetDateTime currentStart) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime start = FormTimes.meetingStart(form.date(), form.time(), form.start(), errors);
        OffsetDateTime end = FormTimes.endOn(start, form.end(), errors);
        String place = FieldRules.place(errors, MEETING_PLACE, form.place());
        if (start != null && !start.isAfter(now)) {
            errors.add(new FieldError(MEETING_DATE, "Mødet skal ligge i fremtiden."));
        }
        if (start != null && deadline != null && !start.isBefore(deadline)) {
            errors.add(new FieldError(
                    MEETING_DATE, "Mødet skal holdes før høringsfristen (" + DateTimes.danish(deadline) + ")."));
        }
        if (move && currentStart != null && !now.isBefore(currentStart)) {
            errors.add(
                    0,
                    new FieldError(
                            MEETING_DATE,
                            "Mødet er begyndt (" + DateTimes.danish(currentStart) + ") og kan ikke længere flyttes."));
        }
        ValidationFailedException.throwIfAny(move ? MOVE_REJECTED : MEETING_REJECTED, errors);
        return new MeetingTimes(start, end, place);
    }

    /**
     * The minutes of a meeting that our records start at {@code scheduledStart} (never the form's date: the minutes
     * wait for the meeting to begin), recorded at {@code now}: the meeting's time and place, at least one attendee,
     * the chair and the minute-taker, each text within its length.
     */
    static MeetingTimes minutes(MinutesForm form, OffsetDateTime scheduledStart, OffsetDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        MeetingRules.minutesRefusal(scheduledStart, now).ifPresent(errors::add);
        MeetingForm meeting = form.meeting();
        OffsetDateTime start = FormTimes.meetingStart(meeting.date(), meeting.time(), meeting.start(), errors);
        OffsetDateTime end = FormTimes.endOn(start, meeting.end(), errors);
        String place = FieldRules.place(errors, MEETING_PLACE, meeting.place());
        if (form.managementAttendees() == null && form.employeeAttendees() == null) {
            errors.add(new FieldError(
                    MANAGEMENT_ATTENDEES, "Angiv mindst én deltager fra ledelsessiden eller medarbejdersiden."));
        }
        if (form.meetingChair() == null) {
            errors.add(new FieldError(MEETING_CHAIR, "Ordstyrer skal udfyldes."));
        }
        if (form.minuteTaker() == null) {
            errors.add(new FieldError(MINUTE_TAKER, "Referent skal udfyldes."));
        }
        InputRules.maxLength(
                errors,
                MANAGEMENT_ATTENDEES,
                "Deltagerne fra ledelsessiden",
                form.managementAttendees(),
                MAX_ATTENDEES);
        InputRules.maxLength(
                errors, EMPLOYEE_ATTENDEES, "Deltagerne fra medarbejdersiden", form.employeeAttendees(), MAX_ATTENDEES);
        InputRules.maxLength(errors, ABSENTEES, "Afbud", form.absentees(), MAX_ATTENDEES);
        InputRules.maxLength(errors, MEETING_CHAIR, "Ordstyrer", form.meetingChair(), MAX_NAME);
        InputRules.maxLength(errors, MINUTE_TAKER, "Referent", form.minuteTaker(), MAX_NAME);
        InputRules.maxLength(errors, DISCUSSION, "Referatets drøftelse", form.discussion(), MAX_TEXT);
        ValidationFailedException.throwIfAny(MINUTES_REJECTED, errors);
        return new MeetingTimes(start, end, place);
    }

    /** A draft: a text, or no remarks; the text and the employee side's remarks within 100,000 characters each. */
    static void draft(DraftForm form) {
        if (!form.noRemarks() && form.text() == null) {
            throw ValidationFailedException.of(
                    DRAFT_REJECTED, RESPONSE_TEXT, "Skriv høringssvaret, eller sæt kryds i 'Ingen bemærkninger'.");
        }
        if (form.text() != null && form.text().length() > MAX_TEXT) {
            throw ValidationFailedException.of(
                    DRAFT_REJECTED, RESPONSE_TEXT, "Høringssvaret må højst være 100.000 tegn.");
        }
        if (form.employeeRemarks() != null && form.employeeRemarks().length() > MAX_TEXT) {
            throw ValidationFailedException.of(
                    DRAFT_REJECTED, EMPLOYEE_REMARKS, "Medarbejdersidens bemærkninger må højst være 100.000 tegn.");
        }
    }

    /** Who approved a submitted version: the deciders of its approvals, comma-separated; {@code null} when none. */
    static String approvers(List<Approval> approvals) {
        return approvals.stream()
                .map(Approval::decidedBy)
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + "," + b)
                .orElse(null);
    }
}

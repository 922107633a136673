package dk.medhearing.response;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Side;
import dk.medhearing.committee.Unit;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.medhearing.response.CommitteeResponseVariables.*;
import static dk.medhearing.kit.FormValues.*;

/**
 * "Registrér referat": prefills the minutes header from the meeting and the organisation (editable: who actually
 * came), validates and stores it. One bean per part ({@link ResponseListeners}): a CenterMED's
 * ({@code minutesTaskListener}) and HovedMED's ({@code mainCommitteeMinutesTaskListener}), whose meeting is the
 * hearing's planned one.
 */
class MinutesTaskListener extends FormTaskListener {

    static final String REJECTED = "Referatet blev ikke gemt";

    private final MinutesRepository minutes;
    private final MeetingRepository meetings;
    private final Organisation organisation;
    private final Progress progress;
    private final Actor actor;
    private final EngineClock clock;
    private final MeetingRules rules;

    MinutesTaskListener(MinutesRepository minutes, MeetingRepository meetings, Organisation organisation,
                        Progress progress, Actor actor, EngineClock clock, MeetingRules rules) {
        this.rules = rules;
        this.minutes = minutes;
        this.meetings = meetings;
        this.organisation = organisation;
        this.progress = progress;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        FormValues.prefill(task, defaults(ResponseKey.of(task).reference(), ResponseKey.of(task).committee()));
    }

    Map<String, Object> defaults(String reference, String committee) {
        Map<String, Object> fields = new HashMap<>();
        Minutes existing = minutes.find(reference, committee).orElse(null);
        if (existing != null) {
            FormTimes.putStart(fields, existing.meetingStartsAt());
            fields.put(MEETING_END, FormTimes.localTime(existing.meetingEndsAt()));
            fields.put(MEETING_PLACE, existing.place());
            fields.put(MANAGEMENT_ATTENDEES, existing.managementAttendees());
            fields.put(EMPLOYEE_ATTENDEES, existing.employeeAttendees());
            fields.put(ABSENTEES, existing.absentees());
            fields.put(MEETING_CHAIR, existing.meetingChair());
            fields.put(MINUTE_TAKER, existing.minuteTaker());
            fields.put(DISCUSSION, existing.discussion());
            return fields;
        }
        Unit unit = organisation.requireUnit(committee);
        Meeting meeting = meetings.find(reference, committee).orElse(null);
        OffsetDateTime start = meeting != null ? meeting.startsAt() : progress.plannedMeeting(reference).orElse(null);
        FormTimes.putStart(fields, start);
        fields.put(MEETING_END, meeting == null ? null : FormTimes.localTime(meeting.endsAt()));
        fields.put(MEETING_PLACE, meeting == null ? null : meeting.place());
        fields.put(MANAGEMENT_ATTENDEES, attendees(unit, Side.MANAGEMENT));
        fields.put(EMPLOYEE_ATTENDEES, attendees(unit, Side.EMPLOYEE));
        fields.put(ABSENTEES, null);
        fields.put(MEETING_CHAIR, unit.membersWith(Role.CHAIR).stream().findFirst().map(Member::name).orElse(null));
        fields.put(MINUTE_TAKER, unit.membersWith(Role.SECRETARY).stream().findFirst().map(Member::name).orElse(null));
        fields.put(DISCUSSION, null);
        return fields;
    }

    /** The meeting this part scheduled, or else the one our records plan for it (HovedMED's). */
    private OffsetDateTime scheduledStart(ResponseKey key) {
        return meetings.find(key.reference(), key.committee()).map(Meeting::startsAt)
                .or(() -> progress.plannedMeeting(key.reference())).orElse(null);
    }

    /** One line per member of the side, with TR/AMR roles in brackets as in the source document. */
    static String attendees(Unit unit, Side side) {
        return unit.members().stream().filter(m -> m.side() == side).map(m -> {
            String roles = m.roles().stream().filter(r -> r == Role.TR || r == Role.AMR).map(Role::danish)
                    .collect(Collectors.joining(", "));
            return roles.isEmpty() ? m.name() : m.name() + " (" + roles + ")";
        }).collect(Collectors.joining("\n"));
    }

    @Override
    protected void store(DelegateTask task) {
        List<FieldError> errors = new ArrayList<>();
        // the meeting our records hold, never the form's meeting date: the minutes wait for it to begin
        rules.minutesRefusal(scheduledStart(ResponseKey.of(task))).ifPresent(errors::add);
        OffsetDateTime start = FormTimes.meetingStart(task, errors);
        OffsetDateTime end = FormTimes.endOn(start, text(task, MEETING_END), errors);
        String place = text(task, MEETING_PLACE);
        if (place == null) {
            errors.add(new FieldError(MEETING_PLACE, "Mødested skal udfyldes."));
        }
        String management = text(task, MANAGEMENT_ATTENDEES);
        String employees = text(task, EMPLOYEE_ATTENDEES);
        if (management == null && employees == null) {
            errors.add(new FieldError(MANAGEMENT_ATTENDEES, "Angiv mindst én deltager fra ledelsessiden eller medarbejdersiden."));
        }
        String chair = text(task, MEETING_CHAIR);
        if (chair == null) {
            errors.add(new FieldError(MEETING_CHAIR, "Ordstyrer skal udfyldes."));
        }
        String minuteTaker = text(task, MINUTE_TAKER);
        if (minuteTaker == null) {
            errors.add(new FieldError(MINUTE_TAKER, "Referent skal udfyldes."));
        }
        InputRules.maxLength(errors, MEETING_PLACE, "Mødestedet", place, 500);
        InputRules.maxLength(errors, MANAGEMENT_ATTENDEES, "Deltagerne fra ledelsessiden", management, 20_000);
        InputRules.maxLength(errors, EMPLOYEE_ATTENDEES, "Deltagerne fra medarbejdersiden", employees, 20_000);
        String absentees = text(task, ABSENTEES);
        InputRules.maxLength(errors, ABSENTEES, "Afbud", absentees, 20_000);
        InputRules.maxLength(errors, MEETING_CHAIR, "Ordstyrer", chair, 200);
        InputRules.maxLength(errors, MINUTE_TAKER, "Referent", minuteTaker, 200);
        String discussion = text(task, DISCUSSION);
        InputRules.maxLength(errors, DISCUSSION, "Referatets drøftelse", discussion, 100_000);
        ValidationFailedException.throwIfAny(REJECTED, errors);
        ResponseKey key = ResponseKey.of(task);
        minutes.save(new Minutes(key.reference(), key.committee(), start, end, place, management, employees,
                absentees, chair, minuteTaker, discussion, actor.of(task), clock.now()));
        progress.record(ResponseKey.of(task), CommitteeState.MINUTES_RECORDED);
    }
}

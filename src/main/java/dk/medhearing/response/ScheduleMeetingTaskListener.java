package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.response.CommitteeResponseVariables.*;
import static dk.medhearing.kit.FormValues.*;

/**
 * "Indkald til ekstraordinært CenterMED-møde" and "Flyt CenterMED-mødet": prefills a known meeting, validates and
 * stores the meeting. A move is refused once the meeting has begun, and counts the moves for the invitation's SEQUENCE.
 */
@Component("scheduleMeetingTaskListener")
class ScheduleMeetingTaskListener extends FormTaskListener {

    static final String REJECTED = "Mødet blev ikke gemt";
    static final String MOVE_REJECTED = "Mødet blev ikke flyttet";
    static final String MOVE_TASK = "Task_MoveMeeting";

    private final MeetingRepository meetings;
    private final CentreCommitteeProgress progress;
    private final Actor actor;
    private final EngineClock clock;
    private final HearingRecords hearings;

    ScheduleMeetingTaskListener(MeetingRepository meetings, CentreCommitteeProgress progress, Actor actor,
                                EngineClock clock, HearingRecords hearings) {
        this.meetings = meetings;
        this.hearings = hearings;
        this.progress = progress;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Map<String, Object> fields = new HashMap<>();
        FormTimes.putStart(fields, null);
        fields.put(MEETING_END, null);
        fields.put(MEETING_PLACE, null);
        meetings.find(ResponseKey.of(task).reference(), ResponseKey.of(task).committee()).ifPresent(m -> {
            FormTimes.putStart(fields, m.startsAt());
            fields.put(MEETING_END, FormTimes.localTime(m.endsAt()));
            fields.put(MEETING_PLACE, m.place());
        });
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime start = FormTimes.meetingStart(task, errors);
        OffsetDateTime end = FormTimes.endOn(start, text(task, MEETING_END), errors);
        String place = text(task, MEETING_PLACE);
        if (place == null) {
            errors.add(new FieldError(MEETING_PLACE, "Mødested skal udfyldes."));
        }
        InputRules.maxLength(errors, MEETING_PLACE, "Mødestedet", place, 500);
        // from our records, never from a variable a task user could have set
        OffsetDateTime deadline = hearings.responseDeadline(ResponseKey.of(task).reference()).orElse(null);
        if (start != null && !start.isAfter(clock.now())) {
            errors.add(new FieldError(MEETING_DATE, "Mødet skal ligge i fremtiden."));
        }
        if (start != null && deadline != null && !start.isBefore(deadline)) {
            errors.add(new FieldError(MEETING_DATE, "Mødet skal holdes før høringsfristen ("
                    + DateTimes.danish(deadline) + ")."));
        }
        ResponseKey key = ResponseKey.of(task);
        boolean move = MOVE_TASK.equals(task.getTaskDefinitionKey());
        if (move) {
            meetings.find(key.reference(), key.committee()).map(Meeting::startsAt)
                    .filter(begun -> !clock.now().isBefore(begun))
                    .ifPresent(begun -> errors.add(0, new FieldError(MEETING_DATE, "Mødet er begyndt ("
                            + DateTimes.danish(begun) + ") og kan ikke længere flyttes.")));
        }
        ValidationFailedException.throwIfAny(move ? MOVE_REJECTED : REJECTED, errors);
        if (move) {
            Object moves = task.getExecution().getProcessInstance().getVariable(MEETING_SEQUENCE);
            task.getExecution().getProcessInstance().setVariable(MEETING_SEQUENCE,
                    moves instanceof Integer n ? n + 1 : 1);
        }
        meetings.save(new Meeting(key.reference(), key.committee(), start, end, place, actor.of(task), clock.now()));
        progress.record(ResponseKey.of(task), CommitteeState.MEETING_SCHEDULED);
    }
}

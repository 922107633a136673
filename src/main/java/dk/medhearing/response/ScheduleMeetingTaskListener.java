package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.response.ResponseForms.MeetingForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import static dk.medhearing.response.CommitteeResponseVariables.MEETING_SEQUENCE;

/**
 * "Indkald til ekstraordinært CenterMED-møde" and "Flyt CenterMED-mødet": prefills a known meeting and stores the
 * meeting ({@link CommitteeResponseService#scheduleMeeting}). A move counts the moves for the invitation's SEQUENCE.
 */
@Component("scheduleMeetingTaskListener")
class ScheduleMeetingTaskListener extends FormTaskListener {

    static final String MOVE_TASK = "Task_MoveMeeting";

    private final CommitteeResponseService service;
    private final CentreCommitteeProgress progress;
    private final Actor actor;

    ScheduleMeetingTaskListener(CommitteeResponseService service, CentreCommitteeProgress progress, Actor actor) {
        this.service = service;
        this.progress = progress;
        this.actor = actor;
    }

    @Override
    protected void prefill(DelegateTask task) {
        FormValues.prefill(task, service.meetingDefaults(ResponseKey.of(task)));
    }

    @Override
    protected void store(DelegateTask task) {
        boolean move = MOVE_TASK.equals(task.getTaskDefinitionKey());
        service.scheduleMeeting(ResponseKey.of(task), MeetingForm.of(task), move, actor.of(task), progress);
        if (move) {
            DelegateExecution instance = task.getExecution().getProcessInstance();
            Object moves = instance.getVariable(MEETING_SEQUENCE);
            instance.setVariable(MEETING_SEQUENCE, moves instanceof Integer n ? n + 1 : 1);
        }
    }
}

package dk.medhearing.embargo;

import dk.medhearing.response.Actor;
import dk.medhearing.response.FormTaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmStaffBriefed (form {@code confirm-staff-briefed}): on complete, the centre manager's confirmation is
 * validated and stored for the committee the task belongs to (the process's, never the form's).
 */
@Component
class ConfirmStaffBriefedTaskListener extends FormTaskListener {

    static final String STAFF_BRIEFED = "staffBriefed";
    static final String BRIEFING_NOTE = "briefingNote";
    private static final String CHAIR_GROUP_SUFFIX = "-chair";

    private final EmbargoService embargo;
    private final Actor actor;

    ConfirmStaffBriefedTaskListener(EmbargoService embargo, Actor actor) {
        this.embargo = embargo;
        this.actor = actor;
    }

    @Override
    protected void prefill(DelegateTask task) {
        // task-local, so what the form sends stays on the task
        task.setVariableLocal(STAFF_BRIEFED, false);
        task.setVariableLocal(BRIEFING_NOTE, null);
    }

    @Override
    protected void store(DelegateTask task) {
        // from the task's candidate group <committee>-chair, which the process set: no form field can change it
        String committee = task.getCandidates().stream().map(link -> link.getGroupId())
                .filter(group -> group != null && group.endsWith(CHAIR_GROUP_SUFFIX))
                .map(group -> group.substring(0, group.length() - CHAIR_GROUP_SUFFIX.length())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no <committee>-chair group"));
        String user = actor.of(task);
        embargo.confirm(task.getExecution().getProcessBusinessKey(), committee, user == null ? "ukendt" : user,
                task.getVariable(STAFF_BRIEFED), task.getVariable(BRIEFING_NOTE));
    }
}

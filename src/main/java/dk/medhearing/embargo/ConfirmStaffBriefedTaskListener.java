package dk.medhearing.embargo;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.FormTaskListener;
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
    private static final String COMMITTEE = "committee";

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
        // the multi-instance's own element variable on the task's execution, which the engine set: a task user can
        // add candidate groups in Tasklist, and no form field or task variable update may set it (form guard)
        Object committee = task.getExecution().getVariableLocal(COMMITTEE);
        if (committee == null) {
            throw new IllegalStateException("Task " + task.getId() + " has no committee of its own");
        }
        String user = actor.of(task);
        embargo.confirm(
                task.getExecution().getProcessBusinessKey(),
                committee.toString(),
                user == null ? "ukendt" : user,
                task.getVariable(STAFF_BRIEFED),
                task.getVariable(BRIEFING_NOTE));
    }
}

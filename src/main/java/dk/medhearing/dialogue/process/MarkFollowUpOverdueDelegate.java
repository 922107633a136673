package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRecords;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.dialogue.FollowUpState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkFollowUpOverdue: the due date has passed with the action still open; it is recorded as overdue. */
@Component
class MarkFollowUpOverdueDelegate implements JavaDelegate {

    private final DialogueFollowUps followUps;
    private final DialogueRepository meetings;

    public MarkFollowUpOverdueDelegate(DialogueFollowUps followUps, DialogueRepository meetings) {
        this.followUps = followUps;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        DialogueRecords.FollowUp f = followUps.get(reference, execution.getVariable(DialogueVariables.FOLLOW_UP));
        if (!f.state().closed()) {
            meetings.updateFollowUp(reference, f.number(), FollowUpState.OVERDUE, null, null, null);
        }
    }
}

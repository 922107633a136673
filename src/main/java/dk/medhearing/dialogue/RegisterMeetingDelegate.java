package dk.medhearing.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterMeeting: validates what was submitted (start form or API) and stores the meeting with its
 * participants. Runs in the start transaction, so a rejected start leaves nothing behind.
 */
@Component
public class RegisterMeetingDelegate implements JavaDelegate {

    private final DialogueService service;
    private final DialogueParties parties;

    public RegisterMeetingDelegate(DialogueService service, DialogueParties parties) {
        this.service = service;
        this.parties = parties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DialogueInput input = DialogueVariables.input(execution, execution.getProcessBusinessKey(), parties);
        DialogueMeeting meeting = service.register(input, (String) execution.getVariable(DialogueVariables.INITIATOR));
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(meeting.reference());
        }
        DialogueVariables.registered(execution, meeting, parties);
    }
}

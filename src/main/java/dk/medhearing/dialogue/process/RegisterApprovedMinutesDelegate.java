package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.DialogueVariables;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterApprovedMinutes: both parties approved; records the approval and hands the follow-up actions'
 * numbers to the follow-up work.
 */
@Component
class RegisterApprovedMinutesDelegate implements JavaDelegate {

    private final DialogueRepository meetings;
    private final EngineClock clock;

    public RegisterApprovedMinutesDelegate(DialogueRepository meetings, EngineClock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        meetings.minutesApproved(reference, clock.now());
        execution.setVariable(
                DialogueVariables.FOLLOW_UPS,
                ProcessValues.jsonList(meetings.followUps(reference).stream()
                        .map(f -> String.valueOf(f.number()))
                        .toList()));
    }
}

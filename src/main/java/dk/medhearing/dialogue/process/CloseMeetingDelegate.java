package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseMeeting: every follow-up action is closed (or there were none); the meeting is closed. */
@Component
class CloseMeetingDelegate implements JavaDelegate {

    private final DialogueRepository meetings;
    private final EngineClock clock;

    public CloseMeetingDelegate(DialogueRepository meetings, EngineClock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.closed(execution.getProcessBusinessKey(), clock.now());
    }
}

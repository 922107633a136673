package dk.medhearing.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The flow to "Indsend høringssvar til det politiske udvalg": the consolidated response is stored and awaits its
 * submission. An explicit step of the process rather than a side effect of creating the task.
 */
@Component("awaitingSubmissionListener")
class AwaitingSubmissionListener implements ExecutionListener {

    private final HearingRepository hearings;

    AwaitingSubmissionListener(HearingRepository hearings) {
        this.hearings = hearings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        hearings.updateMainState(execution.getProcessBusinessKey(), MainCommitteeState.AWAITING_SUBMISSION);
    }
}

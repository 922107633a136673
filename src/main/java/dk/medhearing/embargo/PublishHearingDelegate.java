package dk.medhearing.embargo;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishHearing: the embargo ends, the hearing is published to all members and its window counts from now. */
@Component
class PublishHearingDelegate implements JavaDelegate {

    private final EmbargoService embargo;

    PublishHearingDelegate(EmbargoService embargo) {
        this.embargo = embargo;
    }

    @Override
    public void execute(DelegateExecution execution) {
        embargo.publish(execution.getProcessBusinessKey());
    }
}

package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static dk.medhearing.response.CommitteeResponseVariables.committee;
import static dk.medhearing.response.CommitteeResponseVariables.reference;

/** Task_RecordMissingResponse: the deadline passed before the committee submitted. */
@Component
class RecordMissingResponseDelegate implements JavaDelegate {

    private final Progress progress;

    RecordMissingResponseDelegate(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.record(reference(execution), committee(execution), CommitteeState.NO_RESPONSE);
    }
}

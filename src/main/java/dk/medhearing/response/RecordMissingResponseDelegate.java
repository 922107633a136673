package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordMissingResponse: the deadline passed before the committee submitted. */
@Component
class RecordMissingResponseDelegate implements JavaDelegate {

    private final CentreCommitteeProgress progress;

    RecordMissingResponseDelegate(CentreCommitteeProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.record(ResponseKey.of(execution), CommitteeState.NO_RESPONSE);
    }
}

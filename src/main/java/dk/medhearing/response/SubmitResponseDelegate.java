package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SubmitResponse: the approved version becomes the committee's response ({@link CommitteeResponseService#submit}). */
@Component
class SubmitResponseDelegate implements JavaDelegate {

    private final CommitteeResponseService service;
    private final CentreCommitteeProgress progress;

    SubmitResponseDelegate(CommitteeResponseService service, CentreCommitteeProgress progress) {
        this.service = service;
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.submit(ResponseKey.of(execution), progress);
    }
}

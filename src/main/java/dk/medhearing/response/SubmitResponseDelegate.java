package dk.medhearing.response;

import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Task_SubmitResponse: the approved version becomes the committee's response (idempotent). */
@Component
class SubmitResponseDelegate implements JavaDelegate {

    private final ResponseRepository responses;
    private final CentreCommitteeProgress progress;
    private final EngineClock clock;

    SubmitResponseDelegate(ResponseRepository responses, CentreCommitteeProgress progress, EngineClock clock) {
        this.responses = responses;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ResponseKey key = ResponseKey.of(execution);
        String reference = key.reference();
        String committee = key.committee();
        String approvers = responses.latest(reference, committee)
                .map(d -> responses.approvals(reference, committee, d.version()).stream()
                        .map(Approval::decidedBy).filter(java.util.Objects::nonNull)
                        .reduce((a, b) -> a + "," + b).orElse(null))
                .orElse(null);
        responses.markLatestSubmitted(reference, committee, approvers, clock.now());
        progress.record(key, CommitteeState.SUBMITTED);
    }
}

package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The flow "Nej, sendt tilbage" (a CenterMED's and HovedMED's): the draft goes back to be redrafted, so the committee
 * is DRAFTING again. An explicit step of the process rather than a side effect of creating the drafting task. One
 * bean per part ({@link ResponseListeners}): {@code responseSentBackListener}, {@code mainCommitteeSentBackListener}.
 */
class ResponseSentBackListener implements ExecutionListener {

    private final Progress progress;

    ResponseSentBackListener(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        progress.record(ResponseKey.of(execution), CommitteeState.DRAFTING);
    }
}

package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.response.ResponseForms.DraftForm;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static dk.medhearing.response.CommitteeResponseVariables.CHAIR_APPROVED;
import static dk.medhearing.response.CommitteeResponseVariables.EMPLOYEE_REMARKS;
import static dk.medhearing.response.CommitteeResponseVariables.NO_REMARKS;
import static dk.medhearing.response.CommitteeResponseVariables.PREVIOUS_COMMENTS;
import static dk.medhearing.response.CommitteeResponseVariables.RESPONSE_TEXT;
import static dk.medhearing.response.CommitteeResponseVariables.VICE_CHAIR_APPROVED;

/**
 * "Udarbejd høringssvar": prefills the latest draft and the comments it was sent back with, stores a new version
 * ({@link CommitteeResponseService#saveDraft}) and clears the previous approvals. Being sent back (state DRAFTING) is recorded when the process
 * takes the flow back ({@link ResponseSentBackListener}), not when this task is created. One bean per part
 * ({@link ResponseListeners}): {@code draftResponseTaskListener}, {@code mainCommitteeDraftResponseTaskListener}.
 */
class DraftResponseTaskListener extends FormTaskListener {

    private final CommitteeResponseService service;
    private final ResponseRepository responses;
    private final Progress progress;
    private final Actor actor;

    DraftResponseTaskListener(
            CommitteeResponseService service, ResponseRepository responses, Progress progress, Actor actor) {
        this.service = service;
        this.responses = responses;
        this.progress = progress;
        this.actor = actor;
    }

    @Override
    protected void prefill(DelegateTask task) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(NO_REMARKS, false);
        fields.put(RESPONSE_TEXT, null);
        fields.put(EMPLOYEE_REMARKS, null);
        fields.put(PREVIOUS_COMMENTS, null);
        responses
                .latest(ResponseKey.of(task).reference(), ResponseKey.of(task).committee())
                .ifPresent(draft -> {
                    fields.put(NO_REMARKS, draft.noRemarks());
                    fields.put(RESPONSE_TEXT, draft.text());
                    fields.put(EMPLOYEE_REMARKS, draft.employeeRemarks());
                    fields.put(
                            PREVIOUS_COMMENTS,
                            responses.approvals(draft.reference(), draft.committee(), draft.version()).stream()
                                    .filter(a -> !a.approved())
                                    .map(a -> "Sendt tilbage af " + a.role().danish() + ": "
                                            + (a.comment() == null ? "" : a.comment()))
                                    .collect(Collectors.joining("\n")));
                });
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        service.saveDraft(ResponseKey.of(task), DraftForm.of(task), actor.of(task), progress);
        task.getExecution().setVariable(CHAIR_APPROVED, null);
        task.getExecution().setVariable(VICE_CHAIR_APPROVED, null);
    }
}

package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.Decision;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;

import java.util.HashMap;
import java.util.Map;

import static dk.medhearing.response.CommitteeResponseVariables.APPROVAL_COMMENT;
import static dk.medhearing.response.CommitteeResponseVariables.CHAIR_APPROVED;
import static dk.medhearing.response.CommitteeResponseVariables.DECISION;
import static dk.medhearing.response.CommitteeResponseVariables.RESPONSE_PREVIEW;
import static dk.medhearing.response.CommitteeResponseVariables.VICE_CHAIR_APPROVED;

/**
 * "Godkend høringssvar" as one approver role, fixed when the bean is made (one bean per role, see
 * {@link ApprovalTaskListeners}): shows the draft, requires a decision and a comment when sending back, stores the
 * decision and sets {@code chairApproved}/{@code viceChairApproved} for the gateway.
 */
class ApprovalTaskListener extends FormTaskListener {

    static final String REJECTED = "Beslutningen blev ikke gemt";

    private final ApproverRole role;
    private final ResponseRepository responses;
    private final Actor actor;
    private final EngineClock clock;

    ApprovalTaskListener(ApproverRole role, ResponseRepository responses, Actor actor, EngineClock clock) {
        this.role = role;
        this.responses = responses;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        ResponseDraft draft = latest(task);
        Map<String, Object> fields = new HashMap<>();
        fields.put(RESPONSE_PREVIEW, preview(draft));
        fields.put(DECISION, null);
        fields.put(APPROVAL_COMMENT, null);
        FormValues.prefill(task, fields);
    }

    static String preview(ResponseDraft draft) {
        StringBuilder text = new StringBuilder(draft.noRemarks() ? "Ingen bemærkninger." : draft.text());
        if (draft.employeeRemarks() != null) {
            text.append("\n\nMedarbejdersidens bemærkninger:\n").append(draft.employeeRemarks());
        }
        return text.toString();
    }

    @Override
    protected void store(DelegateTask task) {
        Decision decision = Decision.read(task, REJECTED, "høringssvaret");
        boolean approved = decision.approved();
        String comment = decision.comment();
        ResponseDraft draft = latest(task);
        responses.saveApproval(new Approval(
                draft.reference(),
                draft.committee(),
                draft.version(),
                role,
                approved,
                comment,
                actor.of(task),
                clock.now()));
        task.getExecution().setVariable(role == ApproverRole.CHAIR ? CHAIR_APPROVED : VICE_CHAIR_APPROVED, approved);
    }

    private ResponseDraft latest(DelegateTask task) {
        ResponseKey key = ResponseKey.of(task);
        return responses
                .latest(key.reference(), key.committee())
                .orElseThrow(() -> new IllegalStateException("No draft to approve for " + key.committee()));
    }

    ApproverRole role() {
        return role;
    }
}

package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.Decision;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

import static dk.medhearing.response.CommitteeResponseVariables.*;
import static dk.medhearing.kit.FormValues.*;

/**
 * "Godkend høringssvar" as chair or vice-chair (the task's extension property {@code approverRole}): shows the
 * draft, requires a decision and a comment when sending back, stores the decision and sets
 * {@code chairApproved}/{@code viceChairApproved} for the gateway.
 */
@Component("approvalTaskListener")
class ApprovalTaskListener extends FormTaskListener {

    static final String REJECTED = "Beslutningen blev ikke gemt";
    public static final String ROLE_PROPERTY = "approverRole";

    private final ResponseRepository responses;
    private final Actor actor;
    private final EngineClock clock;

    ApprovalTaskListener(ResponseRepository responses, Actor actor, EngineClock clock) {
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
        ApproverRole role = role(task);
        ResponseDraft draft = latest(task);
        responses.saveApproval(new Approval(draft.reference(), draft.committee(), draft.version(), role, approved,
                comment, actor.of(task), clock.now()));
        task.getExecution().setVariable(role == ApproverRole.CHAIR ? CHAIR_APPROVED : VICE_CHAIR_APPROVED, approved);
    }

    private ResponseDraft latest(DelegateTask task) {
        return responses.latest(reference(task), committee(task))
                .orElseThrow(() -> new IllegalStateException("No draft to approve for " + committee(task)));
    }

    static ApproverRole role(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element.getExtensionElements() != null) {
            for (CamundaProperties properties : element.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (ROLE_PROPERTY.equals(property.getCamundaName())) {
                        return ApproverRole.valueOf(property.getCamundaValue());
                    }
                }
            }
        }
        throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " lacks the extension property "
                + ROLE_PROPERTY);
    }
}

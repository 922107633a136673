package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.OffsetDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The approver's role is the listener's own input: each bean stores its role's decision and sets its variable. */
class ApprovalTaskListenerTest {

    private static final String REFERENCE = "H-2026-001";
    private static final String COMMITTEE = "amc";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");

    private final ResponseRepository responses = mock(ResponseRepository.class);
    private final Actor actor = mock(Actor.class);
    private final EngineClock clock = mock(EngineClock.class);
    private final ApprovalTaskListeners beans = new ApprovalTaskListeners();
    private final DelegateTask task = mock(DelegateTask.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);

    @BeforeEach
    void setUp() {
        when(task.getExecution()).thenReturn(execution);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_COMPLETE);
        when(execution.getProcessBusinessKey()).thenReturn(REFERENCE);
        when(execution.getVariable(CommitteeResponseVariables.COMMITTEE)).thenReturn(COMMITTEE);
        when(task.getVariable(CommitteeResponseVariables.COMMITTEE)).thenReturn(COMMITTEE);
        when(responses.latest(REFERENCE, COMMITTEE))
                .thenReturn(Optional.of(new ResponseDraft(
                        REFERENCE, COMMITTEE, 2, false, "Vi bakker op.", null, "sekretær", NOW, null, null)));
        when(actor.of(task)).thenReturn("formand");
        when(clock.now()).thenReturn(NOW);
    }

    @Test
    void chairListenerStoresTheChairsApproval() {
        // given
        submits("approve", null);

        // when
        beans.chairApprovalTaskListener(responses, actor, clock).notify(task);

        // then
        Approval approval = savedApproval();
        assertThat(approval.role()).isEqualTo(ApproverRole.CHAIR);
        assertThat(approval.approved()).isTrue();
        assertThat(approval.version()).isEqualTo(2);
        verify(execution).setVariable(CommitteeResponseVariables.CHAIR_APPROVED, true);
        verify(execution, never()).setVariable(eq(CommitteeResponseVariables.VICE_CHAIR_APPROVED), anyBoolean());
    }

    @Test
    void viceChairListenerStoresTheViceChairsSendBack() {
        // given
        submits("sendBack", "Mangler medarbejdersidens bemærkninger.");

        // when
        beans.viceChairApprovalTaskListener(responses, actor, clock).notify(task);

        // then
        Approval approval = savedApproval();
        assertThat(approval.role()).isEqualTo(ApproverRole.VICE_CHAIR);
        assertThat(approval.approved()).isFalse();
        assertThat(approval.comment()).isEqualTo("Mangler medarbejdersidens bemærkninger.");
        verify(execution).setVariable(CommitteeResponseVariables.VICE_CHAIR_APPROVED, false);
        verify(execution, never()).setVariable(eq(CommitteeResponseVariables.CHAIR_APPROVED), anyBoolean());
    }

    @Test
    void sendBackWithoutCommentIsRejectedAndNothingIsStored() {
        // given
        submits("sendBack", null);
        ApprovalTaskListener listener = beans.chairApprovalTaskListener(responses, actor, clock);

        // when / then
        assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(ValidationFailedException.class);
        verify(responses, never()).saveApproval(any());
        verify(execution, never()).setVariable(eq(CommitteeResponseVariables.CHAIR_APPROVED), anyBoolean());
    }

    private void submits(String decision, String comment) {
        when(task.getVariableLocal(CommitteeResponseVariables.DECISION)).thenReturn(decision);
        when(task.getVariableLocal(CommitteeResponseVariables.APPROVAL_COMMENT)).thenReturn(comment);
    }

    private Approval savedApproval() {
        ArgumentCaptor<Approval> saved = ArgumentCaptor.forClass(Approval.class);
        verify(responses).saveApproval(saved.capture());
        return saved.getValue();
    }
}

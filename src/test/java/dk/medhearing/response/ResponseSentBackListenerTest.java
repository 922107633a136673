package dk.medhearing.response;

import dk.medhearing.committee.Organisation;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Being sent back is recorded when the flow back is taken; creating the drafting task changes no state. */
class ResponseSentBackListenerTest {

    private static final String REFERENCE = "H-2026-001";
    private static final String COMMITTEE = "amc";

    private final Progress progress = mock(Progress.class);

    @Test
    void takingTheFlowBackRecordsDrafting() {
        // given
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn(REFERENCE);
        when(execution.getVariable(CommitteeResponseVariables.COMMITTEE)).thenReturn(COMMITTEE);

        // when
        new ResponseSentBackListener(progress).notify(execution);

        // then
        verify(progress).record(new ResponseKey(REFERENCE, COMMITTEE), CommitteeState.DRAFTING);
    }

    @Test
    void creatingTheDraftingTaskOfASentBackDraftOnlyPrefills() {
        // given a draft that was sent back
        ResponseRepository responses = mock(ResponseRepository.class);
        OffsetDateTime now = OffsetDateTime.parse("2026-12-02T10:00:00+01:00");
        when(responses.latest(REFERENCE, COMMITTEE))
                .thenReturn(Optional.of(new ResponseDraft(
                        REFERENCE, COMMITTEE, 1, false, "Vi bakker op.", null, "sekretær", now, null, null)));
        when(responses.approvals(REFERENCE, COMMITTEE, 1))
                .thenReturn(List.of(new Approval(
                        REFERENCE, COMMITTEE, 1, ApproverRole.CHAIR, false, "Uddyb venligst.", "formand", now)));
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getExecution()).thenReturn(execution);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);
        when(execution.getProcessBusinessKey()).thenReturn(REFERENCE);
        when(task.getVariable(CommitteeResponseVariables.COMMITTEE)).thenReturn(COMMITTEE);

        // when
        CommitteeResponseService service = new CommitteeResponseService(
                mock(ParticipationRepository.class),
                mock(MeetingRepository.class),
                mock(MinutesRepository.class),
                responses,
                mock(Organisation.class),
                mock(HearingRecords.class),
                mock(EngineClock.class));
        new DraftResponseTaskListener(service, responses, progress, mock(Actor.class)).notify(task);

        // then the form is prefilled, and no state is written
        verify(task).setVariableLocal(CommitteeResponseVariables.RESPONSE_TEXT, "Vi bakker op.");
        verify(progress, never()).record(any(ResponseKey.class), any());
        verify(responses, never()).addDraft(any(), any(), ArgumentMatchers.anyBoolean(), any(), any(), any(), any());
    }
}

package dk.medhearing.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Awaiting the submission is recorded when the flow to the task is taken; creating the task only prefills. */
class AwaitingSubmissionListenerTest {

    private static final String REFERENCE = "H-2026-001";

    private final HearingRepository hearings = mock(HearingRepository.class);

    @Test
    void takingTheFlowToTheSubmissionRecordsAwaitingSubmission() {
        // given
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn(REFERENCE);

        // when
        new AwaitingSubmissionListener(hearings).notify(execution);

        // then
        verify(hearings).updateMainState(REFERENCE, MainCommitteeState.AWAITING_SUBMISSION);
    }

    @Test
    void creatingTheSubmissionTaskOnlyPrefills() {
        // given
        HearingLinks links = mock(HearingLinks.class);
        when(links.documentUrl(REFERENCE)).thenReturn("http://localhost/api/hearings/H-2026-001/document.pdf");
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getExecution()).thenReturn(execution);
        when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);
        when(execution.getProcessBusinessKey()).thenReturn(REFERENCE);

        // when
        new SubmitToPoliticalCommitteeTaskListener(hearings, null, null, links).notify(task);

        // then
        verify(task).setVariableLocal(HearingVariables.JOURNAL_REFERENCE, REFERENCE);
        verify(hearings, never()).updateMainState(any(), any());
    }
}

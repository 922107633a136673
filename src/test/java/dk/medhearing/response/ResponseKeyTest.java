package dk.medhearing.response;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The reference is the business key, the committee the task's or execution's {@code committee} variable. */
class ResponseKeyTest {

    @Test
    void aServiceTaskReadsTheBusinessKeyAndTheCommittee() {
        // given
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("H-2026-001");
        when(execution.getVariable("committee")).thenReturn("amc");

        // when / then
        assertThat(ResponseKey.of(execution)).isEqualTo(new ResponseKey("H-2026-001", "amc"));
    }

    @Test
    void aUserTaskReadsItsExecutionsBusinessKeyAndItsCommittee() {
        // given
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getExecution()).thenReturn(execution);
        when(execution.getProcessBusinessKey()).thenReturn("H-2026-001");
        when(task.getVariable("committee")).thenReturn("soc");

        // when / then
        assertThat(ResponseKey.of(task)).isEqualTo(new ResponseKey("H-2026-001", "soc"));
    }
}

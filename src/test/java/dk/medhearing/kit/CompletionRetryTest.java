package dk.medhearing.kit;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionRetryTest {

    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void noTransactionLeft() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void shouldRunACompletionAgainThatMetAConcurrentChange() {
        // given a completion whose first two transactions meet a firing timer
        CompletionRetry retry = retryWithConflicts(2);

        // when it is executed, then the third run completes it
        retry.execute(new CompleteTaskCmd("task", Map.of()));
        assertThat(runs).hasValue(3);
    }

    @Test
    void shouldGiveUpAfterThreeRuns() {
        CompletionRetry retry = retryWithConflicts(5);

        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task", Map.of())))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(runs).hasValue(CompletionRetry.ATTEMPTS);
    }

    @Test
    void shouldNotRepeatOtherCommands() {
        CompletionRetry retry = retryWithConflicts(1);

        assertThatThrownBy(() -> retry.execute(new GetTaskVariableCmd("task", "x", false)))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldNotRepeatACompletionInsideATransactionOfOurs() {
        // given a transaction of ours around the completion (its rollback is not ours to redo here)
        TransactionSynchronizationManager.setActualTransactionActive(true);
        CompletionRetry retry = retryWithConflicts(1);

        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task", Map.of())))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void shouldRunACompletionAgainThatReadAnExecutionTreeChangedUnderIt() {
        // given a completion whose first run finds its task's execution gone from the tree (a timer committed between)
        CompletionRetry retry = retryFailing(1, () -> npeIn(ExecutionEntity.class.getName()));

        // when it is executed, then the second run completes it
        retry.execute(new CompleteTaskCmd("task", Map.of()));
        assertThat(runs).hasValue(2);
    }

    @Test
    void shouldAnswerAsAConcurrentChangeWhenEveryRunReadAChangedTree() {
        CompletionRetry retry = retryFailing(5, () -> npeIn(ExecutionEntity.class.getName()));

        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task", Map.of())))
                .isInstanceOf(OptimisticLockingException.class)
                .hasCauseInstanceOf(NullPointerException.class);
        assertThat(runs).hasValue(CompletionRetry.ATTEMPTS);
    }

    @Test
    void shouldNotRepeatACompletionThatFailsForAnyOtherReason() {
        CompletionRetry retry = retryFailing(1, () -> npeIn("dk.medhearing.response.SomeListener"));

        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task", Map.of())))
                .isInstanceOf(NullPointerException.class);
        assertThat(runs).hasValue(1);
    }

    private static NullPointerException npeIn(String className) {
        NullPointerException npe = new NullPointerException("Cannot read field \"rootProcessInstanceId\"");
        npe.setStackTrace(
                new StackTraceElement[] {new StackTraceElement(className, "getRootProcessInstanceId", "X.java", 1)});
        return npe;
    }

    private CompletionRetry retryWithConflicts(int conflicts) {
        return retryFailing(
                conflicts,
                () -> new OptimisticLockingException("Execution was updated by another transaction concurrently"));
    }

    private CompletionRetry retryFailing(int failures, Supplier<RuntimeException> failure) {
        CompletionRetry retry = new CompletionRetry();
        retry.setNext(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (runs.incrementAndGet() <= failures) {
                    throw failure.get();
                }
                return null;
            }
        });
        return retry;
    }
}

package dk.medhearing.kit;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's task completion that meets a concurrent change of the same process instance (typically a timer firing on
 * the committee's sub-process in the same moment; {@link #concurrentChange}) is run again, in a new transaction, up
 * to {@value #ATTEMPTS} times: the first attempt was rolled back whole (our records and outbox rows with it), so the
 * user's submission is not refused for something the user did not do. Outermost in the chain, around the
 * transaction; a command nested in another command or in a transaction of ours is never repeated here.
 */
class CompletionRetry extends CommandInterceptor {

    static final int ATTEMPTS = 3;
    private static final String EXECUTION_ENTITY = ExecutionEntity.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(CompletionRetry.class);

    @Override
    public <T> T execute(Command<T> command) {
        if (!retried(command)
                || Context.getCommandContext() != null
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return next.execute(command);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (RuntimeException failure) {
                if (!concurrentChange(failure)) {
                    throw failure;
                }
                if (attempt == ATTEMPTS) {
                    // named as the concurrent change it is, so the user gets the Danish 409, not a server error
                    throw failure instanceof OptimisticLockingException conflict
                            ? conflict
                            : new OptimisticLockingException("Task completion met a concurrent change", failure);
                }
                LOG.info(
                        "Task completion met a concurrent change (attempt {} of {}), run again: {}",
                        attempt,
                        ATTEMPTS,
                        failure instanceof OptimisticLockingException
                                ? failure.getMessage()
                                : "its task's execution left the execution tree it read (" + failure.getMessage()
                                        + ")");
                pause(attempt);
            }
        }
    }

    /**
     * A change by another transaction: the engine's optimistic lock at the flush, or, when that transaction committed
     * between this one's reading the task and reading its execution tree (the timer "Mødet begynder" ending the
     * parallel "Flyt CenterMED-mødet" as the minutes are completed), an execution of the task that is no longer in the
     * tree, which the engine meets as a {@code NullPointerException} in {@code ExecutionEntity}.
     */
    static boolean concurrentChange(RuntimeException failure) {
        if (failure instanceof OptimisticLockingException) {
            return true;
        }
        StackTraceElement[] stack = failure.getStackTrace();
        return failure instanceof NullPointerException
                && stack.length > 0
                && EXECUTION_ENTITY.equals(stack[0].getClassName());
    }

    static boolean retried(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt + (long) (Math.random() * 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before the completion was run again", e);
        }
    }
}

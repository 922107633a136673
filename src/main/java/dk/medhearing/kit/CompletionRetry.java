package dk.medhearing.kit;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's task completion that meets a concurrent change of the same process instance (typically a reminder timer
 * firing on the committee's sub-process in the same moment) is run again, in a new transaction, up to
 * {@value #ATTEMPTS} times: the first attempt was rolled back whole (our records and outbox rows with it), so the
 * user's submission is not refused for something the user did not do. Outermost in the chain, around the
 * transaction; a command nested in another command or in a transaction of ours is never repeated here.
 */
class CompletionRetry extends CommandInterceptor {

    static final int ATTEMPTS = 3;
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
            } catch (OptimisticLockingException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                LOG.info(
                        "Task completion met a concurrent change (attempt {} of {}), run again: {}",
                        attempt,
                        ATTEMPTS,
                        conflict.getMessage());
                pause(attempt);
            }
        }
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

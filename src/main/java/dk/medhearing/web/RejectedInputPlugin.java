package dk.medhearing.web;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A command that ends with a user's rejected input is not an engine error. The engine logs every failed command
 * as {@code ERROR ENGINE-16004} with its stack trace, except the types it knows to be the caller's (a
 * {@code BadUserRequestException} thrown by the command itself, an optimistic-locking conflict), which it logs at
 * DEBUG. What a task listener or the start form's listener throws arrives wrapped in the engine's own exception, so
 * our {@link ValidationFailedException} was logged as an error. Here the engine's command context treats a failure
 * caused by one as the caller's too; {@link RejectedInput} writes the one WARN line about it. Every other failure is
 * logged as before, with its stack trace.
 */
@Component
class RejectedInputPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new Context(
                        processEngineConfiguration, processEngineConfiguration.getTransactionContextFactory());
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }

    /** The engine's command context, with our rejections among the failures it logs at DEBUG. */
    static final class Context extends CommandContext {

        Context(ProcessEngineConfigurationImpl configuration, TransactionContextFactory transactions) {
            super(configuration, transactions);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return super.shouldLogFine(exception) || RejectedInput.isRejection(exception);
        }
    }
}

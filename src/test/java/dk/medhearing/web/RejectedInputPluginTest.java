package dk.medhearing.web;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine logs a rejected input at DEBUG, wrapped or not; every other failure as an error with its stack trace. */
class RejectedInputPluginTest {

    private final RejectedInputPlugin.Context context =
            new RejectedInputPlugin.Context(new StandaloneInMemProcessEngineConfiguration(), commandContext -> null);

    @Test
    void shouldTreatARejectedInputWrappedByTheEngineAsTheCallers() {
        ValidationFailedException rejected = ValidationFailedException.of("Afvist", "title", "Titel skal udfyldes.");

        assertThat(context.shouldLogFine(new ProcessEngineException("listener failed", rejected)))
                .isTrue();
        assertThat(context.shouldLogFine(rejected)).isTrue();
    }

    @Test
    void shouldKeepLoggingOtherFailuresAsErrors() {
        assertThat(context.shouldLogFine(new ProcessEngineException("boom", new IllegalStateException("db"))))
                .isFalse();
        assertThat(context.shouldLogFine(new IllegalStateException("boom"))).isFalse();
    }
}

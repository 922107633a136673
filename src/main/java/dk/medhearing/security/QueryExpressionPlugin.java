package dk.medhearing.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Adds {@link QueryExpressionInterceptor} to the engine's command chains (after the command context is opened),
 * so every query and filter command is checked before the engine evaluates an expression, whatever the transport.
 */
@Component
class QueryExpressionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.guard(configuration, QueryExpressionInterceptor::new);
    }
}

package dk.medhearing.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Adds {@link QueryExpressionInterceptor} to the engine's command chains (after the command context is opened),
 * so every query and filter command is checked before the engine evaluates an expression, whatever the transport.
 */
@Component
class QueryExpressionPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        add(configuration::getCustomPostCommandInterceptorsTxRequired,
                configuration::setCustomPostCommandInterceptorsTxRequired);
        add(configuration::getCustomPostCommandInterceptorsTxRequiresNew,
                configuration::setCustomPostCommandInterceptorsTxRequiresNew);
    }

    private static void add(Supplier<List<CommandInterceptor>> get, Consumer<List<CommandInterceptor>> set) {
        List<CommandInterceptor> interceptors = get.get() == null ? new ArrayList<>() : new ArrayList<>(get.get());
        interceptors.add(new QueryExpressionInterceptor());
        set.accept(interceptors);
    }
}

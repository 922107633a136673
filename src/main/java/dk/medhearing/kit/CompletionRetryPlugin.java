package dk.medhearing.kit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Puts {@link CompletionRetry} first in the engine's REQUIRED command chain, outside its transaction. */
@Component
class CompletionRetryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> before = configuration.getCustomPreCommandInterceptorsTxRequired();
        List<CommandInterceptor> interceptors = new ArrayList<>();
        interceptors.add(new CompletionRetry());
        if (before != null) {
            interceptors.addAll(before);
        }
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
}

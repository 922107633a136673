package dk.medhearing.formguard;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts {@link FormFieldGuard} into the engine's command chain, inside the command context (after the transaction
 * starts), and caps form values in the history ({@link CappedFormHistory}).
 */
@Component
class FormFieldGuardPlugin extends AbstractProcessEnginePlugin {

    private final FormFields formFields = new FormFields();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
        if (configuration.getHistoryEventProducer() == null) {
            configuration.setHistoryEventProducer(new CappedFormHistory());
        }
    }

    private List<CommandInterceptor> with(List<CommandInterceptor> existing) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(new FormFieldGuard(formFields));
        return interceptors;
    }
}

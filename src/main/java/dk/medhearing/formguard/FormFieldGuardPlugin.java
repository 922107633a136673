package dk.medhearing.formguard;

import dk.medhearing.security.EngineCommands;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FormFieldGuard} and {@link AssigneeGuard} into the engine's command chain, inside the command context
 * (after the transaction starts), and caps form values in the history ({@link CappedFormHistory}).
 */
@Component
class FormFieldGuardPlugin extends AbstractProcessEnginePlugin {

    private final FormFields formFields = new FormFields();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.guard(configuration, () -> new FormFieldGuard(formFields));
        EngineCommands.guard(configuration, AssigneeGuard::new);
        if (configuration.getHistoryEventProducer() == null) {
            configuration.setHistoryEventProducer(new CappedFormHistory());
        }
    }
}

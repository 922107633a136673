package dk.medhearing.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendEmbargoMaterial: the material, under embargo, to each consulted CenterMED's management side. Async, idempotent per recipient. */
@Component
class SendEmbargoMaterialDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    SendEmbargoMaterialDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.embargoMaterial(execution.getProcessBusinessKey());
    }
}

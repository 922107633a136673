package dk.medhearing.notification;

import dk.medhearing.response.ResponseKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendReceipt: a receipt to the committee's members once its response is submitted. Async with a retry cycle; idempotent per recipient. */
@Component
class SendReceiptDelegate implements JavaDelegate {

    private final HearingNotifications notifications;

    SendReceiptDelegate(HearingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.receipt(
                ResponseKey.of(execution).reference(), ResponseKey.of(execution).committee());
    }
}

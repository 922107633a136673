package dk.medhearing.mail;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of the mail outbox, as delivery and the administrators' list see it (attachments not included). */
public record OutboxMail(
        String id,
        String businessKey,
        String kind,
        String step,
        String recipient,
        String recipientName,
        String subject,
        String body,
        String processInstanceId,
        String state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        String lastError) {

    Mail toMail(List<Mail.Attachment> attachments) {
        return new Mail(
                businessKey, kind, step, new Mail.Recipient(recipientName, recipient), subject, body, attachments);
    }
}

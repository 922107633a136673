package dk.medhearing.mail;

import java.util.List;

/**
 * One mail to one recipient. {@code businessKey}, {@code kind}, {@code step} (the committee, follow-up number or
 * other step of the business key; {@code ""} when the kind has none) and the recipient's address identify it: the
 * outbox holds each mail once, however often the task that writes it is retried.
 */
public record Mail(
        String businessKey,
        String kind,
        String step,
        Recipient to,
        String subject,
        String text,
        List<Attachment> attachments) {

    public Mail {
        step = step == null ? "" : step;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The mail's identity as one text, also sent as the {@code X-Medhearing-Key} header: {@code ref/kind[/step]}. */
    public String key() {
        return businessKey + "/" + kind + (step.isEmpty() ? "" : "/" + step);
    }

    /** Who gets it. */
    public record Recipient(String name, String email) {}

    /** A file sent along, e.g. an .ics invitation or a PDF. */
    public record Attachment(String filename, String contentType, byte[] content) {}
}

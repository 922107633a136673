package dk.medhearing.mail;

import java.util.List;

/**
 * One mail to one recipient. {@code businessKey}, {@code kind} and the recipient's address identify it: the same
 * mail is never sent twice, however often the job that sends it is retried.
 */
public record Mail(String businessKey, String kind, Recipient to, String subject, String text,
                   List<Attachment> attachments) {

    /** Who gets it. */
    public record Recipient(String name, String email) {
    }

    /** A file sent along, e.g. an .ics invitation or a PDF. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}

package dk.medhearing.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sender address, the address of the app (for links in mails) and the retry cycle of the jobs that send mail
 * (ISO 8601 repeating interval, read by the BPMN as {@code ${mailRetryCycle}}).
 */
@ConfigurationProperties("medhearing.mail")
public record MailProperties(
        @DefaultValue("medhearing <noreply@example.org>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("R3/PT5M") String retryCycle) {

    /** The bare sender address of {@link #from()}, e.g. for the organizer of a calendar invitation. */
    public String fromAddress() {
        int lt = from.indexOf('<');
        return lt < 0
                ? from.trim()
                : from.substring(lt + 1, from.indexOf('>', lt)).trim();
    }
}

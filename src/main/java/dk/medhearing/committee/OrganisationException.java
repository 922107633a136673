package dk.medhearing.committee;

/** The organisation file is unreadable or breaks a rule; the message names the file, the entry and the rule. */
public class OrganisationException extends RuntimeException {
    public OrganisationException(String message) {
        super(message);
    }

    public OrganisationException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dk.medhearing.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The header {@value #NAME} an operation that changes something for administrators requires (retry a mail, deliver a
 * case file again, take a backup): a cross-site form cannot send it, so the action is only accepted from our pages'
 * scripts or an API client.
 */
public final class ActionHeader {

    public static final String NAME = "X-Medhearing-Action";

    private ActionHeader() {}

    /**
     * Refuses the request with a Danish 400 unless {@code sent} (the header's value) is {@code action}: "Send headeren
     * X-Medhearing-Action: retry for at sende mailen igen." for the purpose "sende mailen igen".
     */
    public static void require(String sent, String action, String purpose) {
        if (!action.equals(sent)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "Send headeren " + NAME + ": " + action + " for at " + purpose + ".");
        }
    }
}

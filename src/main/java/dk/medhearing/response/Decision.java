package dk.medhearing.response;

import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;

import static dk.medhearing.response.CommitteeResponseVariables.APPROVAL_COMMENT;
import static dk.medhearing.response.CommitteeResponseVariables.DECISION;
import static dk.medhearing.response.CommitteeResponseVariables.DECISION_APPROVE;
import static dk.medhearing.response.CommitteeResponseVariables.DECISION_SEND_BACK;

/** An approver's decision from an approval form: approve, or send back with a comment. */
public record Decision(boolean approved, String comment) {

    /**
     * Reads and checks the form's {@code decision} and {@code approvalComment}; {@code rejected} opens the error
     * message, {@code what} names the thing sent back ("høringssvaret", "referatet").
     */
    public static Decision read(DelegateTask task, String rejected, String what) {
        String decision = CommitteeResponseVariables.text(task, DECISION);
        String comment = CommitteeResponseVariables.text(task, APPROVAL_COMMENT);
        if (!DECISION_APPROVE.equals(decision) && !DECISION_SEND_BACK.equals(decision)) {
            throw ValidationFailedException.of(rejected, DECISION, "Vælg 'Godkend' eller 'Send tilbage'.");
        }
        boolean approved = DECISION_APPROVE.equals(decision);
        if (!approved && comment == null) {
            throw ValidationFailedException.of(rejected, APPROVAL_COMMENT,
                    "Skriv en kommentar, når " + what + " sendes tilbage.");
        }
        if (comment != null && comment.length() > 10_000) {
            throw ValidationFailedException.of(rejected, APPROVAL_COMMENT, "Kommentaren må højst være 10.000 tegn.");
        }
        return new Decision(approved, comment);
    }
}

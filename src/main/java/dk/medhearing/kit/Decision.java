package dk.medhearing.kit;

import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** An approver's decision from an approval form: approve, or send back with a comment. */
public record Decision(boolean approved, String comment) {

    /** The approval forms' fields and the decision's two values. */
    public static final String DECISION = "decision";

    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String APPROVE = "approve";
    public static final String SEND_BACK = "sendBack";

    /**
     * Reads and checks the form's {@code decision} and {@code approvalComment}; {@code rejected} opens the error
     * message, {@code what} names the thing sent back ("høringssvaret", "referatet").
     */
    public static Decision read(DelegateTask task, String rejected, String what) {
        String decision = FormValues.text(task, DECISION);
        String comment = FormValues.text(task, APPROVAL_COMMENT);
        if (!APPROVE.equals(decision) && !SEND_BACK.equals(decision)) {
            throw ValidationFailedException.of(rejected, DECISION, "Vælg 'Godkend' eller 'Send tilbage'.");
        }
        boolean approved = APPROVE.equals(decision);
        if (!approved && comment == null) {
            throw ValidationFailedException.of(
                    rejected, APPROVAL_COMMENT, "Skriv en kommentar, når " + what + " sendes tilbage.");
        }
        if (comment != null && comment.length() > 10_000) {
            throw ValidationFailedException.of(rejected, APPROVAL_COMMENT, "Kommentaren må højst være 10.000 tegn.");
        }
        return new Decision(approved, comment);
    }
}

package dk.medhearing.response;

import java.time.OffsetDateTime;

/** One version of a committee's response; the version with {@code submittedAt} set is the submitted response. */
public record ResponseDraft(
        String reference,
        String committee,
        int version,
        boolean noRemarks,
        String text,
        String employeeRemarks,
        String draftedBy,
        OffsetDateTime draftedAt,
        String submittedBy,
        OffsetDateTime submittedAt) {

    public boolean submitted() {
        return submittedAt != null;
    }
}

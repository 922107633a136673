package dk.medhearing.response;

import java.time.OffsetDateTime;

/** A chair's or vice-chair's decision on one version of a response. */
public record Approval(
        String reference,
        String committee,
        int version,
        ApproverRole role,
        boolean approved,
        String comment,
        String decidedBy,
        OffsetDateTime decidedAt) {

    /** The approver's role in Danish: "formand" or "næstformand". */
    public String approverRole() {
        return role.danish();
    }
}

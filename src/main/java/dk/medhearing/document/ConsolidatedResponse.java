package dk.medhearing.document;

import java.util.List;

/**
 * What the consolidated hearing response shows, as the template reads it: the letterhead, HovedMED's response, the
 * hearing window and, as the appendix, one section per consulted CenterMED in the organisation's order.
 */
public record ConsolidatedResponse(
        String municipality,
        String administration,
        String mainCommittee,
        String politicalCommittee,
        String title,
        String reference,
        String date,
        Response mainResponse,
        String window,
        List<CommitteeSection> committees) {

    /** How a committee's part of the document ends up. */
    public enum Outcome {
        /** A response with text. */
        RESPONDED,
        /** "Ingen bemærkninger". */
        NO_REMARKS,
        /** The deadline passed without a response. */
        NO_RESPONSE,
        /** Not (yet) there: only seen in a preview. */
        PENDING
    }

    /** A committee's response: its text and the employee side's own remarks, both may be {@code null}. */
    public record Response(Outcome outcome, Text text, Text employeeRemarks) {}

    /** "Høringssvar fra ...": the minutes header of the committee's meeting (or {@code null}) and its response. */
    public record CommitteeSection(String name, MinutesHeader minutes, Response response) {}

    /** The minutes header table of the source document, each value ready to show. */
    public record MinutesHeader(
            String date,
            String time,
            String place,
            String managementAttendees,
            String employeeAttendees,
            String absentees,
            String chair,
            String minuteTaker) {}
}

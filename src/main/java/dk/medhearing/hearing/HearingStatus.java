package dk.medhearing.hearing;

import java.time.OffsetDateTime;
import java.util.List;

/** What {@code GET /api/hearings/{reference}} reports. */
public record HearingStatus(
        String reference,
        String title,
        String summary,
        List<String> documentLinks,
        OffsetDateTime publishedAt,
        OffsetDateTime responseDeadline,
        OffsetDateTime orientationMeetingAt,
        String orientationMeetingPlace,
        OffsetDateTime mainCommitteeMeetingAt,
        OffsetDateTime politicalCommitteeMeetingAt,
        String createdBy,
        int windowWorkingDays,
        String shortWindowJustification,
        String holidayWarning,
        String deadlineText,
        int committeesSubmitted,
        int committeesConsulted,
        List<CommitteeStatus> committees,
        MainCommitteeStatus mainCommittee) {

    /** One CenterMED's state in the hearing. */
    public record CommitteeStatus(
            String committee,
            String name,
            String state,
            String stateLabel,
            MeetingStatus meeting,
            OffsetDateTime submittedAt,
            Boolean noRemarks,
            Boolean employeeRemarks) {}

    /** A committee's extraordinary meeting. */
    public record MeetingStatus(OffsetDateTime startsAt, OffsetDateTime endsAt, String place) {}

    /** HovedMED's part and the submission to the political committee. */
    public record MainCommitteeStatus(
            String committee,
            String state,
            String stateLabel,
            OffsetDateTime submittedAt,
            String submittedBy,
            String journalReference,
            String documentUrl) {}
}

package dk.medhearing.board;

import dk.medhearing.hearing.HearingStatus;

import java.time.OffsetDateTime;
import java.util.List;

/** What the board's pages show. */
final class BoardViews {

    private BoardViews() {}

    /** A row of the hearings list; {@code caseFile}: its case file's delivery ("Afventer", "Leveret …", "Fejlet"). */
    record Row(
            HearingStatus hearing,
            int workingDaysLeft,
            boolean deadlinePassed,
            String phase,
            List<String> overdue,
            String caseFile) {}

    /** One hearing on the board. */
    record Detail(
            HearingStatus hearing,
            int workingDaysLeft,
            boolean deadlinePassed,
            String phase,
            List<String> overdue,
            List<Committee> committees,
            List<TaskLink> tasks,
            String cockpitUrl,
            Embargo embargo,
            String svg,
            Timeline timeline) {}

    /** A CenterMED on the board. */
    record Committee(HearingStatus.CommitteeStatus status, List<ReminderState> reminders, String cockpitUrl) {

        public String employeeRemarksText() {
            if (status.employeeRemarks() == null) {
                return "–";
            }
            return status.employeeRemarks() ? "Ja" : "Nej";
        }
    }

    /** A reminder: when, and whether it was sent, is still due, or will not be sent. */
    record ReminderState(String label, OffsetDateTime at, String state, boolean sent) {}

    /** An open task, with a Tasklist link when the viewer may work on it. */
    record TaskLink(String name, String committeeName, OffsetDateTime due, boolean overdue, String tasklistUrl) {}

    /** The embargo: until when, whether and why it ended, and each CenterMED's confirmation. */
    record Embargo(
            OffsetDateTime until, OffsetDateTime releasedAt, String releaseText, List<Confirmation> confirmations) {}

    /** A CenterMED's centre managers and who confirmed, when. */
    record Confirmation(String committeeName, String centreManagers, String confirmedBy, OffsetDateTime confirmedAt) {}
}

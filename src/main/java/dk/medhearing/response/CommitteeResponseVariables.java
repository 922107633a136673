package dk.medhearing.response;

import dk.medhearing.kit.Decision;

/**
 * The variables of {@code CommitteeResponseProcess} (and the same names where HovedMED's tasks of
 * {@code HearingProcess} use the same forms). Form fields are task-local: prefilled when the task is created,
 * stored in our tables when it is completed, gone afterwards; the process keeps keys and decisions only. Names
 * only: {@link ResponseKey} reads the reference and the committee.
 */
public final class CommitteeResponseVariables {

    public static final String PROCESS_ID = "CommitteeResponseProcess";

    // process scope, passed in by HearingProcess's call activity
    public static final String REFERENCE = "reference";
    public static final String COMMITTEE = "committee";
    public static final String COMMITTEE_NAME = "committeeName";
    public static final String TITLE = "title";
    public static final String RESPONSE_DEADLINE = "responseDeadline";
    public static final String RESPONSE_DEADLINE_TEXT = "responseDeadlineText";
    public static final String CHAIR_APPROVED = "chairApproved";
    public static final String VICE_CHAIR_APPROVED = "viceChairApproved";
    /** How often the meeting has been moved (set by "Flyt CenterMED-mødet"): the SEQUENCE of its next invitation. */
    public static final String MEETING_SEQUENCE = "meetingSequence";

    // task-local form fields
    /** The meeting's start as one ISO value (API clients); the forms send {@link #MEETING_DATE} and {@link #MEETING_TIME}. */
    public static final String MEETING_START = "meetingStart";

    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_TIME = "meetingTime";
    public static final String MEETING_END = "meetingEnd";
    public static final String MEETING_PLACE = "meetingPlace";
    public static final String MANAGEMENT_ATTENDEES = "managementAttendees";
    public static final String EMPLOYEE_ATTENDEES = "employeeAttendees";
    public static final String ABSENTEES = "absentees";
    public static final String MEETING_CHAIR = "meetingChair";
    public static final String MINUTE_TAKER = "minuteTaker";
    public static final String DISCUSSION = "discussion";
    public static final String NO_REMARKS = "noRemarks";
    public static final String RESPONSE_TEXT = "responseText";
    public static final String EMPLOYEE_REMARKS = "employeeRemarks";
    public static final String PREVIOUS_COMMENTS = "previousComments";
    public static final String RESPONSE_PREVIEW = "responsePreview";
    public static final String DECISION = Decision.DECISION;
    public static final String APPROVAL_COMMENT = Decision.APPROVAL_COMMENT;

    public static final String DECISION_APPROVE = Decision.APPROVE;
    public static final String DECISION_SEND_BACK = Decision.SEND_BACK;

    private CommitteeResponseVariables() {}
}

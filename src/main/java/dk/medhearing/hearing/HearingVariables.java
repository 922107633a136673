package dk.medhearing.hearing;

/**
 * The variables of {@code HearingProcess}: names in one place ({@link HearingStartVariables} reads and replaces the
 * start's). The hearing's reference is the business key; the records live in our tables, the process keeps only what
 * its gateways, timers and forms need.
 */
public final class HearingVariables {

    public static final String PROCESS_ID = "HearingProcess";

    // submitted by the start form or POST /api/hearings, as text; removed when registered (typed values below)
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String DOCUMENT_LINKS = "documentLinks";
    public static final String COMMITTEES = "committees";
    public static final String RESPONSE_DEADLINE = "responseDeadline";
    public static final String ORIENTATION_MEETING_AT = "orientationMeetingAt";
    public static final String ORIENTATION_MEETING_PLACE = "orientationMeetingPlace";
    public static final String MAIN_COMMITTEE_MEETING_AT = "mainCommitteeMeetingAt";
    public static final String POLITICAL_COMMITTEE_MEETING_AT = "politicalCommitteeMeetingAt";
    public static final String SHORT_WINDOW_JUSTIFICATION = "shortWindowJustification";
    /** Optional; the start form sends it as the pair {@code embargoUntilDate}, {@code embargoUntilTime}. */
    public static final String EMBARGO_UNTIL = "embargoUntil";
    /** The start form sends each date-time as a date field and a time field: {@code <name>Date}, {@code <name>Time}. */
    static final String DATE_SUFFIX = "Date";

    static final String TIME_SUFFIX = "Time";
    static final String ORIENTATION_MEETING = "orientationMeeting";
    static final String MAIN_COMMITTEE_MEETING = "mainCommitteeMeeting";
    static final String POLITICAL_COMMITTEE_MEETING = "politicalCommitteeMeeting";
    /** Set by the start event to the user who started the hearing. */
    public static final String INITIATOR = "initiator";

    // set when registered: the typed values the process's timers, due dates and gateways read, each a Date (or null),
    // under names of their own, so no name holds the submitted text first and a Date later
    public static final String DEADLINE_AT = "deadlineAt";
    public static final String MAIN_MEETING_AT = "mainMeetingAt";
    public static final String POLITICAL_MEETING_AT = "politicalMeetingAt";
    /** The gateway "Under embargo?" and the timer "Embargoen udløber" read it; {@code null} without an embargo. */
    public static final String EMBARGO_ENDS_AT = "embargoEndsAt";
    /** The committee whose task it is in the current scope; after the CenterMEDs' part, HovedMED. */
    public static final String COMMITTEE = "committee";

    public static final String COMMITTEE_NAME = "committeeName";
    public static final String ADMINISTRATION = "administration";
    public static final String RESPONSE_DEADLINE_TEXT = "responseDeadlineText";
    /** JSON rows of the received/missing overview shown in HovedMED's forms. */
    public static final String COMMITTEE_OVERVIEW = "committeeOverview";
    // HovedMED's approvals set CommitteeResponseVariables.CHAIR_APPROVED / VICE_CHAIR_APPROVED, as a CenterMED's do

    // task-local fields of "Indsend høringssvar til det politiske udvalg"
    public static final String JOURNAL_REFERENCE = "journalReference";
    public static final String DOCUMENT_URL = "documentUrl";

    private HearingVariables() {}
}

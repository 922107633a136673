package dk.medhearing.dialogue;

/**
 * The variables of {@code DialogueMeetingProcess}. The meeting's journal number is the business key; the records
 * live in our tables, the process keeps only what its gateways, timers, task assignment and forms need. Names
 * only: {@code process.DialogueInputReader} reads the start, {@link FormJson} the forms' JSON values.
 */
public final class DialogueVariables {

    public static final String PROCESS_ID = "DialogueMeetingProcess";

    // submitted by the start form or POST /api/dialogue-meetings; replaced by typed values when registered
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    /** One ISO value from the API; the start form sends {@link #MEETING_DATE} and {@link #MEETING_TIME}. */
    public static final String MEETING_AT = "meetingAt";

    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_TIME = "meetingTime";
    public static final String PLACE = "place";
    /** Person ids (the start form's checklist) or, from the API, a JSON object of person ids per party. */
    public static final String PARTICIPANTS = "participants";

    public static final String INITIATOR = "initiator";

    // set when registered
    public static final String MEETING_AT_TEXT = "meetingAtText";
    /** The host party's group: it prepares agenda, status note and minutes. */
    public static final String HOST_GROUP = "hostGroup";
    /** The party ids, the collection of the parallel approval. */
    public static final String PARTIES = "parties";
    /** The approval's element variable: the deciding party. */
    public static final String PARTY = "party";
    /** The follow-up actions' numbers, set when the minutes are approved: the collection of the follow-up work. */
    public static final String FOLLOW_UPS = "followUps";
    /** The follow-up work's element variable: the action's number. */
    public static final String FOLLOW_UP = "followUp";

    // task-local form fields
    public static final String AGENDA_ITEMS = "agendaItems";
    public static final String AGENDA_TEXT = "agendaText";
    public static final String STATUS_NOTE_TEXT = "statusNoteText";
    public static final String STATUS_NOTE_LINK = "statusNoteLink";
    public static final String REVISION_REASON = "revisionReason";
    public static final String MINUTES = "minutes";
    public static final String FOLLOW_UP_ACTIONS = "followUpActions";
    /** The minutes as the Tasklist form edits them: text blocks per agenda item (see {@code MinutesText}). */
    public static final String MINUTES_TEXT = "minutesText";
    /** The follow-up actions as the Tasklist minutes form edits them: one per line. */
    public static final String FOLLOW_UP_LINES = "followUpLines";

    public static final String PREVIOUS_COMMENTS = "previousComments";
    public static final String MINUTES_PREVIEW = "minutesPreview";
    public static final String PARTY_NAME = "partyName";
    public static final String DECISION = "decision";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String FOLLOW_UP_TEXT = "followUpText";
    public static final String OUTCOME = "outcome";

    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_SEND_BACK = "sendBack";

    private DialogueVariables() {}
}

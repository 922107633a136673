package dk.medhearing.hearing;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables of {@code HearingProcess}: names and types in one place. The hearing's reference is the business
 * key; the records live in our tables, the process keeps only what its gateways, timers and forms need.
 */
public final class HearingVariables {

    public static final String PROCESS_ID = "HearingProcess";

    // submitted by the start form or POST /api/hearings, as text; replaced by typed values when registered
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
    /**
     * Optional; once registered a Date (or null): the gateway "Embargo?" and the timer "Embargoen udløber" read it. The
     * start form sends it as the pair {@code embargoUntilDate}, {@code embargoUntilTime}.
     */
    public static final String EMBARGO_UNTIL = "embargoUntil";
    /** The start form sends each date-time as a date field and a time field: {@code <name>Date}, {@code <name>Time}. */
    static final String DATE_SUFFIX = "Date";
    static final String TIME_SUFFIX = "Time";
    static final String ORIENTATION_MEETING = "orientationMeeting";
    static final String MAIN_COMMITTEE_MEETING = "mainCommitteeMeeting";
    static final String POLITICAL_COMMITTEE_MEETING = "politicalCommitteeMeeting";
    /** Set by the start event to the user who started the hearing. */
    public static final String INITIATOR = "initiator";

    // set when registered
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

    private HearingVariables() {
    }

    /** The variables {@code POST /api/hearings} starts the process with: the same text fields as the start form. */
    public static Map<String, Object> forStart(HearingInput input) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REFERENCE, input.reference());
        variables.put(TITLE, input.title());
        // long texts never become stored String variables: transient, read by the registration, kept in our tables
        variables.put(SUMMARY, Variables.stringValue(input.summary(), true));
        variables.put(DOCUMENT_LINKS, Variables.stringValue(
                input.documentLinks() == null ? null : String.join("\n", input.documentLinks()), true));
        variables.put(COMMITTEES, input.committees() == null ? null : stringList(input.committees()));
        variables.put(RESPONSE_DEADLINE, input.responseDeadline());
        if (input.orientationMeeting() != null) {
            variables.put(ORIENTATION_MEETING_AT, input.orientationMeeting().at());
            variables.put(ORIENTATION_MEETING_PLACE, input.orientationMeeting().place());
        }
        variables.put(MAIN_COMMITTEE_MEETING_AT, input.mainCommitteeMeetingAt());
        variables.put(POLITICAL_COMMITTEE_MEETING_AT, input.politicalCommitteeMeetingAt());
        variables.put(SHORT_WINDOW_JUSTIFICATION, Variables.stringValue(input.shortWindowJustification(), true));
        variables.put(EMBARGO_UNTIL, input.embargoUntil());
        return variables;
    }

    /** Reads what was submitted, whichever way the process was started. */
    public static HearingInput input(VariableScope scope, String businessKey) {
        Object reference = scope.getVariable(REFERENCE);
        String ref = reference == null || reference.toString().isBlank() ? businessKey : reference.toString();
        return new HearingInput(ref, text(scope, TITLE), text(scope, SUMMARY), lines(text(scope, DOCUMENT_LINKS)),
                committees(scope.getVariable(COMMITTEES)), dateTime(scope, RESPONSE_DEADLINE, RESPONSE_DEADLINE),
                new HearingInput.OrientationMeeting(dateTime(scope, ORIENTATION_MEETING_AT, ORIENTATION_MEETING),
                        text(scope, ORIENTATION_MEETING_PLACE)),
                dateTime(scope, MAIN_COMMITTEE_MEETING_AT, MAIN_COMMITTEE_MEETING),
                dateTime(scope, POLITICAL_COMMITTEE_MEETING_AT, POLITICAL_COMMITTEE_MEETING),
                text(scope, SHORT_WINDOW_JUSTIFICATION), dateTime(scope, EMBARGO_UNTIL, EMBARGO_UNTIL));
    }

    /** Replaces the submitted text with what the process needs from now on. */
    public static void registered(VariableScope scope, Hearing hearing, String administration) {
        scope.setVariable(REFERENCE, hearing.reference());
        scope.setVariable(TITLE, hearing.title());
        scope.setVariable(COMMITTEES, stringList(hearing.committees()));
        scope.setVariable(RESPONSE_DEADLINE, date(hearing.responseDeadline()));
        scope.setVariable(RESPONSE_DEADLINE_TEXT, deadlineText(hearing));
        scope.setVariable(MAIN_COMMITTEE_MEETING_AT, date(hearing.mainMeetingAt()));
        scope.setVariable(POLITICAL_COMMITTEE_MEETING_AT, date(hearing.politicalMeetingAt()));
        scope.setVariable(ADMINISTRATION, administration);
        scope.setVariable(EMBARGO_UNTIL, date(hearing.embargoUntil()));
        for (String bulky : List.of(SUMMARY, DOCUMENT_LINKS, ORIENTATION_MEETING_AT, ORIENTATION_MEETING_PLACE,
                SHORT_WINDOW_JUSTIFICATION)) {
            scope.removeVariable(bulky);
        }
        for (String pair : List.of(RESPONSE_DEADLINE, ORIENTATION_MEETING, MAIN_COMMITTEE_MEETING,
                POLITICAL_COMMITTEE_MEETING, EMBARGO_UNTIL)) {
            scope.removeVariable(pair + DATE_SUFFIX);
            scope.removeVariable(pair + TIME_SUFFIX);
        }
    }

    /**
     * The deadline as every form shows it, with the window in working days and, for a short window, its
     * justification: "tirsdag den 8. december 2026 kl. 12.00 (10 arbejdsdage)".
     */
    public static String deadlineText(Hearing hearing) {
        String text = dk.medhearing.kit.DateTimes.danish(hearing.responseDeadline()) + " ("
                + hearing.windowWorkingDays() + " arbejdsdage";
        if (hearing.shortWindowJustification() != null) {
            text += "; kort frist begrundet med: " + hearing.shortWindowJustification();
        }
        return text + ")";
    }

    /** A list the engine stores as JSON (Java serialization is off), usable as a multi-instance collection. */
    public static Object stringList(Collection<String> values) {
        return Variables.objectValue(new ArrayList<>(values))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    public static Date date(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    /**
     * One ISO date-time (API) or, from the start form, the date field and the time field joined as local Copenhagen
     * time ("2026-12-10" + "12:00" = "2026-12-10T12:00"); a date without a time, or a time without a date, stays as it
     * is, so the validator names the field rather than an optional date-time being dropped unnoticed.
     */
    static String dateTime(VariableScope scope, String isoName, String pairName) {
        String iso = text(scope, isoName);
        if (iso != null && !iso.isBlank()) {
            return iso;
        }
        String date = text(scope, pairName + DATE_SUFFIX);
        String time = text(scope, pairName + TIME_SUFFIX);
        if (date == null || date.isBlank()) {
            return time == null || time.isBlank() ? iso : time.trim();
        }
        if (time == null || time.isBlank()) {
            return date.trim();
        }
        String hhmm = time.trim();
        return date.trim() + "T" + (hhmm.length() > 5 ? hhmm.substring(0, 5) : hhmm);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(dk.medhearing.kit.EngineClock.ZONE).toOffsetDateTime().toString();
        }
        return value == null ? null : value.toString();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    /** A checklist submits JSON, the API a list; {@code null} means all CenterMEDs. */
    static List<String> committees(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof SpinJsonNode json) {
            if (json.isArray()) {
                return json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
            }
            return List.of(json.isString() ? json.stringValue() : json.toString());
        }
        return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}

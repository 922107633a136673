package dk.medhearing.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.hearing.HearingVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.kit.Texts.trimmed;

/**
 * The variables of {@code DialogueMeetingProcess}. The meeting's journal number is the business key; the records
 * live in our tables, the process keeps only what its gateways, timers, task assignment and forms need.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private DialogueVariables() {
    }

    /** The variables {@code POST /api/dialogue-meetings} starts the process with. */
    public static Map<String, Object> forStart(DialogueInput input) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REFERENCE, input.reference());
        variables.put(TITLE, input.title());
        variables.put(MEETING_AT, input.meetingAt());
        variables.put(PLACE, input.place());
        variables.put(PARTICIPANTS, input.participants() == null ? null : json(JSON.valueToTree(input.participants())));
        return variables;
    }

    /** Reads what was submitted, whichever way the process was started; person ids are grouped by their party. */
    public static DialogueInput input(VariableScope scope, String businessKey, DialogueParties parties) {
        String reference = trimmed(scope.getVariable(REFERENCE));
        return new DialogueInput(reference == null ? businessKey : reference, trimmed(scope.getVariable(TITLE)),
                meetingAt(scope), trimmed(scope.getVariable(PLACE)), participants(scope.getVariable(PARTICIPANTS), parties));
    }

    /** Replaces the submitted values with what the process needs from now on. */
    public static void registered(VariableScope scope, DialogueMeeting meeting, DialogueParties parties) {
        scope.setVariable(REFERENCE, meeting.reference());
        scope.setVariable(TITLE, meeting.title());
        scope.setVariable(MEETING_AT, HearingVariables.date(meeting.meetingAt()));
        scope.setVariable(MEETING_AT_TEXT, dk.medhearing.kit.DateTimes.danish(meeting.meetingAt()));
        scope.setVariable(HOST_GROUP, parties.host().groupId());
        scope.setVariable(PARTIES, HearingVariables.stringList(parties.ids()));
        for (String submitted : List.of(MEETING_DATE, MEETING_TIME, PLACE, PARTICIPANTS)) {
            scope.removeVariable(submitted);
        }
    }

    private static String meetingAt(VariableScope scope) {
        Object value = scope.getVariable(MEETING_AT);
        if (value instanceof Date date) {
            return date.toInstant().atZone(dk.medhearing.kit.EngineClock.ZONE).toOffsetDateTime().toString();
        }
        String date = trimmed(scope.getVariable(MEETING_DATE));
        String time = trimmed(scope.getVariable(MEETING_TIME));
        if (trimmed(value) == null && date != null && time != null) {
            try {
                return LocalDate.parse(date).atTime(LocalTime.parse(time.length() > 5 ? time.substring(0, 5) : time))
                        .toString();
            } catch (DateTimeParseException e) {
                return date + "T" + time;
            }
        }
        return trimmed(value);
    }

    static Map<String, List<String>> participants(Object value, DialogueParties parties) {
        JsonNode node = tree(value);
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, List<String>> byParty = new LinkedHashMap<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> byParty.put(e.getKey(), strings(e.getValue())));
            return byParty;
        }
        for (String person : strings(node)) {
            String party = parties.partyOf(person).map(Party::id).orElse("");
            byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(person);
        }
        return byParty;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(e -> values.add(e.asText()));
        } else if (!node.isNull()) {
            for (String part : node.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    /**
     * A form's JSON value (a dynamic list or checklist from Tasklist, JSON text or Java collections from a program)
     * as a Jackson tree; {@code null} when nothing was submitted.
     */
    public static JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        try {
            if (value instanceof SpinJsonNode spin) {
                return JSON.readTree(spin.toString());
            }
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                return JSON.valueToTree(value);
            }
            String text = value.toString().trim();
            if (text.startsWith("[") || text.startsWith("{")) {
                return JSON.readTree(text);
            }
            return JSON.getNodeFactory().textNode(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(value.toString());
        }
    }

    /** A JSON value for a form's dynamic list, as Tasklist submits and shows it. */
    public static TypedValue json(Object value) {
        return SpinValues.jsonValue(Spin.JSON(JSON.valueToTree(value).toString())).create();
    }
}

package dk.medhearing.dialogue.process;

import com.fasterxml.jackson.databind.JsonNode;
import dk.medhearing.dialogue.DialogueInput;
import dk.medhearing.dialogue.FormJson;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.MEETING_AT;
import static dk.medhearing.dialogue.DialogueVariables.MEETING_DATE;
import static dk.medhearing.dialogue.DialogueVariables.MEETING_TIME;
import static dk.medhearing.dialogue.DialogueVariables.PARTICIPANTS;
import static dk.medhearing.dialogue.DialogueVariables.PLACE;
import static dk.medhearing.dialogue.DialogueVariables.REFERENCE;
import static dk.medhearing.dialogue.DialogueVariables.TITLE;
import static dk.medhearing.kit.Texts.trimmed;

/**
 * What was submitted to start a meeting, whichever way the process was started (the start form's fields or the
 * variables of {@link DialogueInput#variables()}), as a {@link DialogueInput} for the validator. Nothing is checked
 * here: a value that cannot be read is passed on as written, so the validator names it.
 */
final class DialogueInputReader {

    private DialogueInputReader() {}

    /** The submitted values; person ids are grouped by their party. */
    static DialogueInput read(VariableScope scope, String businessKey, DialogueParties parties) {
        String reference = trimmed(scope.getVariable(REFERENCE));
        return new DialogueInput(
                reference == null ? businessKey : reference,
                trimmed(scope.getVariable(TITLE)),
                meetingAt(scope),
                trimmed(scope.getVariable(PLACE)),
                participants(scope.getVariable(PARTICIPANTS), parties));
    }

    private static String meetingAt(VariableScope scope) {
        Object value = scope.getVariable(MEETING_AT);
        if (value instanceof Date date) {
            return date.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime().toString();
        }
        String date = trimmed(scope.getVariable(MEETING_DATE));
        String time = trimmed(scope.getVariable(MEETING_TIME));
        if (trimmed(value) == null && date != null && time != null) {
            try {
                return LocalDate.parse(date)
                        .atTime(LocalTime.parse(time.length() > 5 ? time.substring(0, 5) : time))
                        .toString();
            } catch (DateTimeParseException e) {
                return date + "T" + time;
            }
        }
        return trimmed(value);
    }

    /** A JSON object of person ids per party (the API), or person ids (the start form's checklist). */
    static Map<String, List<String>> participants(Object value, DialogueParties parties) {
        JsonNode node = FormJson.tree(value);
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
}

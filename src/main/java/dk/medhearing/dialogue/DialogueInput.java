package dk.medhearing.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.MEETING_AT;
import static dk.medhearing.dialogue.DialogueVariables.PARTICIPANTS;
import static dk.medhearing.dialogue.DialogueVariables.PLACE;
import static dk.medhearing.dialogue.DialogueVariables.REFERENCE;
import static dk.medhearing.dialogue.DialogueVariables.TITLE;

/**
 * A dialogue meeting to start, as {@code POST /api/dialogue-meetings} takes it and the start form submits it:
 * journal number, title, time (ISO; without offset Copenhagen time), place and the participants per party id.
 */
public record DialogueInput(
        String reference, String title, String meetingAt, String place, Map<String, List<String>> participants) {

    /** The variables {@code POST /api/dialogue-meetings} starts the process with. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(REFERENCE, reference);
        variables.put(TITLE, title);
        variables.put(MEETING_AT, meetingAt);
        variables.put(PLACE, place);
        variables.put(PARTICIPANTS, participants == null ? null : FormJson.value(participants));
        return variables;
    }
}

package dk.medhearing.dialogue;

import java.util.List;
import java.util.Map;

/**
 * A dialogue meeting to start, as {@code POST /api/dialogue-meetings} takes it and the start form submits it:
 * journal number, title, time (ISO; without offset Copenhagen time), place and the participants per party id.
 */
public record DialogueInput(String reference, String title, String meetingAt, String place,
                            Map<String, List<String>> participants) {
}

package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.configuration.DialogueParties;

import java.util.List;

/**
 * What the "Registrér referat" task submitted: the API's JSON rows ({@code null} when it sent none) or else the
 * Tasklist form's texts ({@code null} when blank). The rows win over the text.
 */
public record MinutesInput(
        List<MinutesEntry> minutesRows, String minutesText, List<FollowUpEntry> followUpRows, String followUpLines) {

    List<MinutesEntry> minutes() {
        if (minutesRows != null) {
            return minutesRows;
        }
        return minutesText == null ? List.of() : MinutesText.parse(minutesText);
    }

    List<FollowUpEntry> followUps(DialogueParties parties) {
        if (followUpRows != null) {
            return followUpRows;
        }
        return followUpLines == null ? List.of() : MinutesText.parseFollowUps(followUpLines, parties);
    }
}

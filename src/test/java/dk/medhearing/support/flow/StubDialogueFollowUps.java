package dk.medhearing.support.flow;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands in for {@code ${dialogueFollowUps}} in the BPMN: the follow-ups a test agreed, by number, whatever the
 * meeting's reference.
 */
public class StubDialogueFollowUps {

    public record FollowUp(
            String title, String group, Date due, Date reminderAt, Date overdueAt, boolean revisesStatusNote) {}

    private final Map<String, FollowUp> byNumber = new HashMap<>();

    public void agree(String number, FollowUp followUp) {
        byNumber.put(number, followUp);
    }

    public String title(String reference, Object number) {
        return get(number).title();
    }

    public String group(String reference, Object number) {
        return get(number).group();
    }

    public Date due(String reference, Object number) {
        return get(number).due();
    }

    public Date reminderAt(String reference, Object number) {
        return get(number).reminderAt();
    }

    public Date overdueAt(String reference, Object number) {
        return get(number).overdueAt();
    }

    public boolean revisesStatusNote(String reference, Object number) {
        return get(number).revisesStatusNote();
    }

    private FollowUp get(Object number) {
        FollowUp followUp = byNumber.get(String.valueOf(number));
        if (followUp == null) {
            throw new IllegalStateException("no follow-up " + number);
        }
        return followUp;
    }
}

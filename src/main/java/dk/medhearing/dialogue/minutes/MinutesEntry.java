package dk.medhearing.dialogue.minutes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.dialogue.FormJson;

/**
 * One agenda item's minutes as the minute-taker writes them: a row of the API's {@code minutes} list (its JSON keys
 * are these component names) or a block of the form's text ({@link MinutesText}). Texts are trimmed, blank is
 * {@code null}; a row without its number is the agenda item at its position.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MinutesEntry(
        @JsonDeserialize(using = FormJson.Number.class) Integer number,
        @JsonDeserialize(using = FormJson.Text.class) String title,
        @JsonDeserialize(using = FormJson.Text.class) String discussion,
        @JsonDeserialize(using = FormJson.Text.class) String decisions) {

    public MinutesEntry {
        title = FormJson.clean(title);
        discussion = FormJson.clean(discussion);
        decisions = FormJson.clean(decisions);
    }

    /** The prefilled entry of an agenda item with what is recorded so far ({@code null}: nothing yet). */
    static MinutesEntry of(AgendaItem item, MinutesItem recorded) {
        return new MinutesEntry(
                item.number(),
                item.title(),
                recorded == null ? null : recorded.discussion(),
                recorded == null ? null : recorded.decisions());
    }

    boolean isEmpty() {
        return discussion == null && decisions == null;
    }
}

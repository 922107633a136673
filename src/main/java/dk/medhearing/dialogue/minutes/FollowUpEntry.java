package dk.medhearing.dialogue.minutes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.FormJson;

/**
 * A follow-up action as the minute-taker writes it, before any rule is checked: a row of the API's
 * {@code followUpActions} list (its JSON keys are these component names) or a line of the form's text
 * ({@link MinutesText}). Texts are trimmed, blank is {@code null}; {@link FollowUpRules} turns it into a
 * {@link FollowUp}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowUpEntry(
        @JsonDeserialize(using = FormJson.Text.class) String description,
        @JsonDeserialize(using = FormJson.Text.class) String agendaItem,
        @JsonDeserialize(using = FormJson.Text.class) String responsibleParty,
        @JsonDeserialize(using = FormJson.Text.class) String responsiblePerson,
        @JsonDeserialize(using = FormJson.Text.class) String dueDate,
        @JsonDeserialize(using = FormJson.Flag.class) boolean reviseStatusNote) {

    public FollowUpEntry {
        description = FormJson.clean(description);
        agendaItem = FormJson.clean(agendaItem);
        responsibleParty = FormJson.clean(responsibleParty);
        responsiblePerson = FormJson.clean(responsiblePerson);
        dueDate = FormJson.clean(dueDate);
    }

    /** The prefilled entry of a recorded action. */
    static FollowUpEntry of(FollowUp f) {
        return new FollowUpEntry(
                f.description(),
                f.agendaNumber() == null ? null : f.agendaNumber().toString(),
                f.responsibleParty(),
                f.responsiblePerson(),
                f.dueDate().toString(),
                f.reviseStatusNote());
    }

    /** A row the user added and left empty. */
    boolean isEmpty() {
        return description == null && responsibleParty == null && dueDate == null;
    }
}

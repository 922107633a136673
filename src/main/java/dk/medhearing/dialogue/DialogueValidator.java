package dk.medhearing.dialogue;

import dk.medhearing.dialogue.DialogueRecords.MeetingParticipant;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FieldRules;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static dk.medhearing.kit.Texts.trimmed;

/**
 * The one validation of a dialogue meeting's start, for the REST API and the Tasklist start form alike. Collects
 * every broken rule; {@link #validate} either returns the meeting with its participants or throws with all of them.
 */
@Component
public class DialogueValidator {

    static final String REJECTED = "Dialogmødet blev ikke startet";
    /** A journal number as the region writes it: "07-320-61". */
    private static final Pattern REFERENCE = Pattern.compile("\\d{2}-\\d{3}-\\d{1,6}");

    private final DialogueParties parties;
    private final DialogueRepository meetings;
    private final EngineClock clock;

    public DialogueValidator(DialogueParties parties, DialogueRepository meetings, EngineClock clock) {
        this.parties = parties;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** A valid start: the meeting and its participants per party in the configuration's order. */
    public record Valid(DialogueMeeting meeting, List<MeetingParticipant> participants) {}

    public Valid validate(DialogueInput input, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        String reference = trimmed(input.reference());
        if (!InputRules.plainText(errors, "reference", "Journalnummer", input.reference(), true)) {
            reference = null;
        } else if (reference == null) {
            errors.add(new FieldError("reference", "Journalnummer skal udfyldes."));
        } else if (!REFERENCE.matcher(reference).matches()) {
            errors.add(new FieldError("reference", "Journalnummeret skal have formen ÅÅ-NNN-NN, fx 07-320-61."));
        } else if (meetings.exists(reference)) {
            errors.add(new FieldError(
                    "reference", "Journalnummeret " + reference + " er allerede brugt af et andet dialogmøde."));
        }
        String title = FieldRules.title(errors, "title", input.title());
        OffsetDateTime now = clock.now();
        OffsetDateTime meetingAt = DateTimes.parse("meetingAt", "Mødetidspunktet", input.meetingAt(), true, errors);
        InputRules.withinRange(errors, "meetingAt", "Mødet", meetingAt, now);
        if (meetingAt != null && !meetingAt.isAfter(now)) {
            errors.add(new FieldError("meetingAt", "Mødet skal ligge i fremtiden."));
        }
        String place = FieldRules.placeLine(errors, "place", input.place());
        List<MeetingParticipant> participants = participants(input.participants(), errors);
        ValidationFailedException.throwIfAny(REJECTED, errors);
        return new Valid(
                new DialogueMeeting(
                        reference, title, meetingAt, place, MeetingState.AGENDA_PENDING, 0, null, createdBy, now, null),
                participants);
    }

    private List<MeetingParticipant> participants(Map<String, List<String>> chosen, List<FieldError> errors) {
        Map<String, List<String>> byParty = chosen == null ? Map.of() : chosen;
        for (String partyId : byParty.keySet()) {
            if (parties.party(partyId).isEmpty()) {
                errors.add(new FieldError(
                        "participants",
                        partyId.isEmpty()
                                ? "Ukendte deltagere uden part."
                                : "Ukendt part '" + partyId + "' (kendte: " + String.join(", ", parties.ids()) + ")."));
            }
        }
        List<MeetingParticipant> result = new ArrayList<>();
        for (Party party : parties.parties()) {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            List<String> chosenIds = byParty.get(party.id());
            for (String id : chosenIds == null ? List.<String>of() : chosenIds) {
                String person = trimmed(id);
                if (person == null) {
                    continue;
                }
                if (party.participant(person).isEmpty()) {
                    errors.add(new FieldError(
                            "participants", "'" + person + "' er ikke deltager for " + party.name() + "."));
                }
                ids.add(person);
            }
            if (ids.isEmpty()) {
                errors.add(new FieldError("participants", "Vælg mindst én deltager fra " + party.name() + "."));
            }
            party.participants().stream()
                    .filter(p -> ids.contains(p.id()))
                    .forEach(p ->
                            result.add(new MeetingParticipant(party.id(), p.id(), p.name(), p.title(), p.email())));
        }
        return result;
    }
}

package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.ValidationFailedException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.MINUTES;

/**
 * The rules of the minutes: every agenda item has a discussion or decisions (an entry is matched to its item by
 * number, or by its position when it has none; entries for other numbers are ignored), and the follow-up actions
 * keep {@link FollowUpRules}. Either all of it is valid or nothing is recorded: every broken rule is reported at once.
 */
final class MinutesRules {

    static final String REJECTED = "Referatet blev ikke gemt";

    private final FollowUpRules followUpRules;

    MinutesRules(DialogueParties parties) {
        this.followUpRules = new FollowUpRules(parties);
    }

    /** What the minute-taker wrote and who and when, for a meeting's agenda. */
    record Submission(
            List<AgendaItem> agenda,
            List<MinutesEntry> minutes,
            List<FollowUpEntry> followUps,
            String recordedBy,
            OffsetDateTime recordedAt,
            LocalDate today) {}

    /** The minutes to record: one item per agenda item, in agenda order, and the actions numbered from 1. */
    record Recorded(List<MinutesItem> items, List<FollowUp> followUps) {}

    /** @throws ValidationFailedException naming every broken rule; then nothing is to be recorded */
    Recorded check(Submission submission) {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, MinutesEntry> byNumber = new HashMap<>();
        int position = 1;
        for (MinutesEntry entry : submission.minutes()) {
            // Tasklist submits the list in agenda order; a row without its number is matched by position
            byNumber.put(entry.number() == null ? position : entry.number(), entry);
            position++;
        }
        List<MinutesItem> items = new ArrayList<>();
        for (AgendaItem item : submission.agenda()) {
            MinutesEntry entry = byNumber.get(item.number());
            if (entry == null || entry.isEmpty()) {
                errors.add(new FieldError(
                        MINUTES + "[" + (item.number() - 1) + "].discussion",
                        "Skriv referatet af punkt " + item.number() + ": " + item.title() + "."));
            }
            items.add(new MinutesItem(
                    item.number(),
                    entry == null ? null : entry.discussion(),
                    entry == null ? null : entry.decisions(),
                    submission.recordedBy(),
                    submission.recordedAt()));
        }
        List<FollowUp> followUps =
                followUpRules.check(submission.followUps(), submission.agenda().size(), submission.today(), errors);
        ValidationFailedException.throwIfAny(REJECTED, errors);
        return new Recorded(items, followUps);
    }
}

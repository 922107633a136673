package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.MeetingState;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recording the minutes of a dialogue meeting: what the form shows when the minutes are to be written (again), and
 * storing them by {@link MinutesRules}, which opens the next round of approval.
 */
@Service
public class DialogueMinutesService {

    private final DialogueRepository meetings;
    private final MinutesDecisions decisions;
    private final DialogueParties parties;
    private final MinutesRules rules;
    private final EngineClock clock;

    DialogueMinutesService(
            DialogueRepository meetings, MinutesDecisions decisions, DialogueParties parties, EngineClock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.parties = parties;
        this.rules = new MinutesRules(parties);
        this.clock = clock;
    }

    /**
     * The form's prefill: a text block per agenda item and a line per action with what was recorded before, and the
     * parties' comments when the minutes were sent back ({@code null} when none).
     */
    public record Draft(String minutesText, String followUpLines, String previousComments) {}

    /** The minutes are to be written (again): the meeting awaits them; returns the form's prefill. */
    public Draft open(String reference) {
        meetings.updateState(reference, MeetingState.MINUTES_PENDING);
        return draft(reference);
    }

    Draft draft(String reference) {
        Map<Integer, MinutesItem> recorded = meetings.minutes(reference).stream()
                .collect(Collectors.toMap(MinutesItem::number, Function.identity()));
        List<MinutesEntry> items = meetings.agenda(reference).stream()
                .map(item -> MinutesEntry.of(item, recorded.get(item.number())))
                .toList();
        List<FollowUpEntry> actions =
                meetings.followUps(reference).stream().map(FollowUpEntry::of).toList();
        String comments = decisions.sendBacks(reference).stream()
                .map(a -> parties.require(a.party()).name() + ": " + a.comment())
                .collect(Collectors.joining("\n"));
        return new Draft(
                MinutesText.format(items), MinutesText.formatFollowUps(actions), comments.isEmpty() ? null : comments);
    }

    /** Checks and stores the minutes and their actions; a broken rule throws and nothing is stored. */
    public void record(String reference, MinutesInput input, String recordedBy) {
        OffsetDateTime now = clock.now();
        List<AgendaItem> agenda = meetings.agenda(reference);
        MinutesRules.Recorded minutes = rules.check(new MinutesRules.Submission(
                agenda,
                input.minutes(),
                input.followUps(parties),
                recordedBy,
                now,
                now.atZoneSameInstant(EngineClock.ZONE).toLocalDate()));
        meetings.saveMinutes(reference, minutes.items(), minutes.followUps());
    }
}

package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueRecords.MinutesApproval;
import dk.medhearing.dialogue.DialogueRepository;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The minutes gateway's expression ({@code ${dialogueMinutes.sentBack(execution.processBusinessKey)}}): read from
 * the decisions recorded for the current round, one row per party. No process variable is shared by the parallel
 * approvals, so both parties may decide at the same moment without one of them losing to an engine conflict, and no
 * form submission can set the outcome.
 */
@Component("dialogueMinutes")
public class MinutesDecisions {

    private final DialogueRepository meetings;

    public MinutesDecisions(DialogueRepository meetings) {
        this.meetings = meetings;
    }

    /** Whether either party sent the current round of minutes back. */
    public boolean sentBack(String reference) {
        return !sendBacks(reference).isEmpty();
    }

    /** The current round's decisions that sent the minutes back (their comments go to the minute-taker). */
    List<MinutesApproval> sendBacks(String reference) {
        int round = meetings.find(reference).orElseThrow().minutesRound();
        return meetings.approvals(reference).stream()
                .filter(a -> a.round() == round && !a.approved())
                .toList();
    }
}

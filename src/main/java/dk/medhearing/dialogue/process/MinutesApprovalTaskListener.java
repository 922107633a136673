package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRecords.MinutesApproval;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.minutes.DialogueMinutesDocument;
import dk.medhearing.dialogue.minutes.MinutesDecisions;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.Decision;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.APPROVAL_COMMENT;
import static dk.medhearing.dialogue.DialogueVariables.DECISION;
import static dk.medhearing.dialogue.DialogueVariables.MINUTES_PREVIEW;
import static dk.medhearing.dialogue.DialogueVariables.PARTY;
import static dk.medhearing.dialogue.DialogueVariables.PARTY_NAME;

/**
 * "Godkend referatet" for one party (the parallel approval's element variable {@code party}): shows the minutes,
 * requires a decision and a comment when sending back, and stores the decision for the current round, which the
 * gateway reads ({@link MinutesDecisions}): the two parties' parallel tasks share no variable.
 */
@Component
class MinutesApprovalTaskListener extends FormTaskListener {

    static final String REJECTED = "Beslutningen blev ikke gemt";

    private final DialogueRepository meetings;
    private final DialogueParties parties;
    private final DialogueMinutesDocument document;
    private final Actor actor;
    private final EngineClock clock;

    public MinutesApprovalTaskListener(
            DialogueRepository meetings,
            DialogueParties parties,
            DialogueMinutesDocument document,
            Actor actor,
            EngineClock clock) {
        this.meetings = meetings;
        this.parties = parties;
        this.document = document;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        String party = (String) task.getVariable(PARTY);
        Map<String, Object> fields = new HashMap<>();
        fields.put(PARTY_NAME, parties.require(party).name());
        fields.put(MINUTES_PREVIEW, document.plainText(reference));
        fields.put(DECISION, null);
        fields.put(APPROVAL_COMMENT, null);
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        String party = (String) task.getVariable(PARTY);
        Decision decision = Decision.read(task, REJECTED, "referatet");
        boolean approved = decision.approved();
        String comment = decision.comment();
        int round = meetings.find(reference).orElseThrow().minutesRound();
        meetings.saveApproval(
                reference, new MinutesApproval(round, party, approved, comment, actor.of(task), clock.now()));
    }
}

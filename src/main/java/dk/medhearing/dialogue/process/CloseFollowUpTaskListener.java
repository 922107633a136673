package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.FollowUpState;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.FOLLOW_UP;
import static dk.medhearing.dialogue.DialogueVariables.FOLLOW_UP_TEXT;
import static dk.medhearing.dialogue.DialogueVariables.OUTCOME;

/**
 * "Afslut opfølgningspunkt": shows the action, requires its outcome and records it as closed on time (on or before
 * the due date) or late. The diagram names the task statically; on create the task is named for Tasklist with the
 * start of the action's description ("Afslut opfølgningspunkt: …"), a display property, not business state.
 */
@Component
class CloseFollowUpTaskListener extends FormTaskListener {

    static final String REJECTED = "Opfølgningspunktet blev ikke afsluttet";
    /** The task's name in the diagram; Tasklist shows it with the action's title. */
    static final String TASK_NAME = "Afslut opfølgningspunkt";

    private final DialogueRepository meetings;
    private final DialogueFollowUps followUps;
    private final DialogueParties parties;
    private final Actor actor;
    private final EngineClock clock;

    public CloseFollowUpTaskListener(
            DialogueRepository meetings,
            DialogueFollowUps followUps,
            DialogueParties parties,
            Actor actor,
            EngineClock clock) {
        this.meetings = meetings;
        this.followUps = followUps;
        this.parties = parties;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        FollowUp followUp = followUps.get(reference, task.getVariable(FOLLOW_UP));
        task.setName(TASK_NAME + ": " + followUps.title(reference, task.getVariable(FOLLOW_UP)));
        Map<String, Object> fields = new HashMap<>();
        fields.put(FOLLOW_UP_TEXT, describe(followUp));
        fields.put(OUTCOME, null);
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        FollowUp followUp = followUps.get(reference, task.getVariable(FOLLOW_UP));
        String outcome = FormValues.text(task, OUTCOME);
        if (outcome == null) {
            throw ValidationFailedException.of(REJECTED, OUTCOME, "Beskriv udfaldet af opfølgningspunktet.");
        }
        OffsetDateTime now = clock.now();
        boolean onTime = !now.atZoneSameInstant(EngineClock.ZONE).toLocalDate().isAfter(followUp.dueDate());
        meetings.updateFollowUp(
                reference,
                followUp.number(),
                onTime ? FollowUpState.CLOSED_ON_TIME : FollowUpState.CLOSED_LATE,
                outcome,
                actor.of(task),
                now);
    }

    String describe(FollowUp f) {
        return f.description() + "\n\nAnsvarlig: " + f.responsible(parties)
                + "\nFrist: " + DateTimes.danishDate(f.dueDate())
                + (f.reviseStatusNote() ? "\nStatusnotatet skal opdateres, når punktet er afsluttet." : "");
    }
}

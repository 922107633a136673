package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.FormJson;
import dk.medhearing.dialogue.minutes.DialogueMinutesService;
import dk.medhearing.dialogue.minutes.FollowUpEntry;
import dk.medhearing.dialogue.minutes.MinutesEntry;
import dk.medhearing.dialogue.minutes.MinutesInput;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.FOLLOW_UP_ACTIONS;
import static dk.medhearing.dialogue.DialogueVariables.FOLLOW_UP_LINES;
import static dk.medhearing.dialogue.DialogueVariables.MINUTES;
import static dk.medhearing.dialogue.DialogueVariables.MINUTES_TEXT;
import static dk.medhearing.dialogue.DialogueVariables.PREVIOUS_COMMENTS;

/**
 * "Registrér referat pr. dagsordenspunkt": one entry per agenda item (discussion, decisions) and the follow-up
 * actions (description, responsible party and person, due date, whether the status note is to be revised).
 * Prefilled with what was recorded before and the parties' comments when the minutes were sent back. The rules are
 * {@code MinutesRules}'; this maps the task to and from {@link DialogueMinutesService}.
 */
@Component
class DialogueMinutesTaskListener extends FormTaskListener {

    private final DialogueMinutesService minutes;
    private final Actor actor;

    DialogueMinutesTaskListener(DialogueMinutesService minutes, Actor actor) {
        this.minutes = minutes;
        this.actor = actor;
    }

    @Override
    protected void prefill(DelegateTask task) {
        DialogueMinutesService.Draft draft = minutes.open(task.getExecution().getProcessBusinessKey());
        Map<String, Object> fields = new HashMap<>();
        fields.put(MINUTES_TEXT, draft.minutesText());
        fields.put(FOLLOW_UP_LINES, draft.followUpLines());
        fields.put(PREVIOUS_COMMENTS, draft.previousComments());
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        String recordedBy = actor.of(task);
        MinutesInput input = new MinutesInput(
                FormJson.rows(FormValues.formValue(task, MINUTES), MinutesEntry.class),
                FormValues.text(task, MINUTES_TEXT),
                FormJson.rows(FormValues.formValue(task, FOLLOW_UP_ACTIONS), FollowUpEntry.class),
                FormValues.text(task, FOLLOW_UP_LINES));
        minutes.record(reference, input, recordedBy);
    }
}

package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRecords.StatusNote;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.MeetingState;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.kit.Texts;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.dialogue.DialogueVariables.FOLLOW_UP;
import static dk.medhearing.dialogue.DialogueVariables.REVISION_REASON;
import static dk.medhearing.dialogue.DialogueVariables.STATUS_NOTE_LINK;
import static dk.medhearing.dialogue.DialogueVariables.STATUS_NOTE_TEXT;

/**
 * "Vedhæft eller skriv statusnotat" and "Revidér statusnotatet": shows the latest version, requires a text or a
 * link, and stores a new version. A revision names the follow-up action that asked for it.
 */
@Component
class StatusNoteTaskListener extends FormTaskListener {

    static final String REJECTED = "Statusnotatet blev ikke gemt";

    private final DialogueRepository meetings;
    private final Actor actor;
    private final EngineClock clock;

    public StatusNoteTaskListener(DialogueRepository meetings, Actor actor, EngineClock clock) {
        this.meetings = meetings;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        Integer followUp = followUp(task);
        List<StatusNote> notes = meetings.statusNotes(reference);
        StatusNote latest = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        Map<String, Object> fields = new HashMap<>();
        fields.put(STATUS_NOTE_TEXT, latest == null ? null : latest.text());
        fields.put(STATUS_NOTE_LINK, latest == null ? null : latest.link());
        fields.put(
                REVISION_REASON,
                followUp == null
                        ? null
                        : meetings.followUp(reference, followUp)
                                .map(StatusNoteTaskListener::reason)
                                .orElse(null));
        FormValues.prefill(task, fields);
    }

    @Override
    protected void store(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        Integer followUp = followUp(task);
        String text = FormValues.text(task, STATUS_NOTE_TEXT);
        String link = FormValues.text(task, STATUS_NOTE_LINK);
        List<FieldError> errors = new ArrayList<>();
        if (text == null && link == null) {
            errors.add(new FieldError(STATUS_NOTE_TEXT, "Skriv statusnotatet, eller angiv et link til det."));
        }
        if (link != null && link.length() > 1000) {
            errors.add(new FieldError(STATUS_NOTE_LINK, "Linket til statusnotatet må højst være 1.000 tegn."));
        } else if (link != null && !Texts.isWebLink(link)) {
            errors.add(new FieldError(
                    STATUS_NOTE_LINK,
                    "Linket til statusnotatet skal være en webadresse, der" + " starter med https:// eller http://."));
        }
        ValidationFailedException.throwIfAny(REJECTED, errors);
        meetings.addStatusNote(reference, text, link, followUp, actor.of(task), clock.now());
        if (followUp == null) {
            meetings.updateState(reference, MeetingState.INVITED);
        }
    }

    private static String reason(FollowUp f) {
        return "Opfølgningspunkt " + f.number() + ": " + f.description()
                + (f.outcome() == null ? "" : "\nUdfald: " + f.outcome());
    }

    private static Integer followUp(DelegateTask task) {
        Object value = task.getVariable(FOLLOW_UP);
        return value == null ? null : Integer.valueOf(value.toString());
    }
}

package dk.medhearing.dialogue.process;

import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.kit.EngineClock;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

/**
 * The follow-up work's expressions ({@code ${dialogueFollowUps...}} in the BPMN): each action's task name, group
 * and times. An action is due at the end of its due date: the task shows 16.00 that day, the reminder goes out at
 * 09.00 {@value #REMINDER_DAYS_BEFORE} days before, and the overdue notice at 08.00 the morning after.
 */
@Component("dialogueFollowUps")
public class DialogueFollowUps {

    static final int REMINDER_DAYS_BEFORE = 2;

    private final DialogueRepository meetings;
    private final DialogueParties parties;

    public DialogueFollowUps(DialogueRepository meetings, DialogueParties parties) {
        this.meetings = meetings;
        this.parties = parties;
    }

    public FollowUp get(String reference, Object number) {
        return meetings.followUp(reference, Integer.parseInt(number.toString()))
                .orElseThrow(() ->
                        new IllegalStateException("No follow-up " + number + " in dialogue meeting " + reference));
    }

    /** "Afslut opfølgningspunkt: …" with the start of the description. */
    public String title(String reference, Object number) {
        String description = get(reference, number).description().replaceAll("\\s+", " ");
        return description.length() > 80 ? description.substring(0, 79) + "…" : description;
    }

    public String group(String reference, Object number) {
        return parties.require(get(reference, number).responsibleParty()).groupId();
    }

    public Date due(String reference, Object number) {
        return at(get(reference, number).dueDate(), LocalTime.of(16, 0));
    }

    public Date reminderAt(String reference, Object number) {
        return at(get(reference, number).dueDate().minusDays(REMINDER_DAYS_BEFORE), LocalTime.of(9, 0));
    }

    public Date overdueAt(String reference, Object number) {
        return at(get(reference, number).dueDate().plusDays(1), LocalTime.of(8, 0));
    }

    public boolean revisesStatusNote(String reference, Object number) {
        return get(reference, number).reviseStatusNote();
    }

    private static Date at(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(EngineClock.ZONE).toInstant());
    }
}

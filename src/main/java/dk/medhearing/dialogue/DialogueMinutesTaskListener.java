package dk.medhearing.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRecords.MinutesItem;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.FormTaskListener;
import dk.medhearing.kit.FormValues;
import dk.medhearing.response.CommitteeResponseVariables;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.ValidationFailedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.medhearing.dialogue.DialogueVariables.*;

/**
 * "Registrér referat pr. dagsordenspunkt": one entry per agenda item (discussion, decisions) and the follow-up
 * actions (description, responsible party and person, due date, whether the status note is to be revised).
 * Prefilled with what was recorded before and the parties' comments when the minutes were sent back.
 */
@Component
public class DialogueMinutesTaskListener extends FormTaskListener {

    static final String REJECTED = "Referatet blev ikke gemt";

    private final DialogueRepository meetings;
    private final MinutesDecisions decisions;
    private final DialogueParties parties;
    private final Actor actor;
    private final EngineClock clock;

    public DialogueMinutesTaskListener(DialogueRepository meetings, MinutesDecisions decisions,
                                       DialogueParties parties, Actor actor, EngineClock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.parties = parties;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    protected void prefill(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        meetings.updateState(reference, MeetingState.MINUTES_PENDING);
        FormValues.prefill(task, defaults(reference));
    }

    @Override
    protected void store(DelegateTask task) {
        String reference = task.getExecution().getProcessBusinessKey();
        store(task, reference);
    }

    Map<String, Object> defaults(String reference) {
        Map<Integer, MinutesItem> recorded = meetings.minutes(reference).stream()
                .collect(Collectors.toMap(MinutesItem::number, Function.identity()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (AgendaItem item : meetings.agenda(reference)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", item.number());
            row.put("title", item.title());
            MinutesItem minutes = recorded.get(item.number());
            row.put("discussion", minutes == null ? "" : nullToEmpty(minutes.discussion()));
            row.put("decisions", minutes == null ? "" : nullToEmpty(minutes.decisions()));
            items.add(row);
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        for (FollowUp f : meetings.followUps(reference)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("description", f.description());
            row.put("agendaItem", f.agendaNumber() == null ? "" : f.agendaNumber().toString());
            row.put("responsibleParty", f.responsibleParty());
            row.put("responsiblePerson", nullToEmpty(f.responsiblePerson()));
            row.put("dueDate", f.dueDate().toString());
            row.put("reviseStatusNote", f.reviseStatusNote());
            actions.add(row);
        }
        String comments = decisions.sendBacks(reference).stream()
                .map(a -> parties.require(a.party()).name() + ": " + a.comment())
                .collect(Collectors.joining("\n"));
        Map<String, Object> fields = new HashMap<>();
        fields.put(MINUTES_TEXT, MinutesText.format(items));
        fields.put(FOLLOW_UP_LINES, MinutesText.formatFollowUps(actions));
        fields.put(PREVIOUS_COMMENTS, comments.isEmpty() ? null : comments);
        return fields;
    }

    private void store(DelegateTask task, String reference) {
        List<FieldError> errors = new ArrayList<>();
        OffsetDateTime now = clock.now();
        String by = actor.of(task);
        List<AgendaItem> agenda = meetings.agenda(reference);
        Map<Integer, JsonNode> submitted = new HashMap<>();
        JsonNode minutes = DialogueVariables.tree(FormValues.formValue(task, MINUTES));
        String minutesText = FormValues.text(task, MINUTES_TEXT);
        if (!MinutesText.isRows(minutes) && minutesText != null) {
            minutes = MinutesText.parse(minutesText);
        }
        if (minutes != null && minutes.isArray()) {
            // Tasklist submits the list in agenda order; a row without its number is matched by position
            int position = 1;
            for (JsonNode row : minutes) {
                submitted.put(row.path("number").asInt(position), row);
                position++;
            }
        }
        List<MinutesItem> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            JsonNode row = submitted.get(item.number());
            String discussion = row == null ? null : text(row, "discussion");
            String decisions = row == null ? null : text(row, "decisions");
            if (discussion == null && decisions == null) {
                errors.add(new FieldError(MINUTES + "[" + (item.number() - 1) + "].discussion",
                        "Skriv referatet af punkt " + item.number() + ": " + item.title() + "."));
            }
            items.add(new MinutesItem(item.number(), discussion, decisions, by, now));
        }
        JsonNode actions = DialogueVariables.tree(FormValues.formValue(task, FOLLOW_UP_ACTIONS));
        String actionsText = FormValues.text(task, FOLLOW_UP_LINES);
        if (!MinutesText.isRows(actions) && actionsText != null) {
            actions = MinutesText.parseFollowUps(actionsText, parties);
        }
        List<FollowUp> followUps = followUps(actions, agenda.size(), now, errors);
        ValidationFailedException.throwIfAny(REJECTED, errors);
        meetings.saveMinutes(reference, items, followUps);
    }

    private List<FollowUp> followUps(JsonNode actions, int agendaSize, OffsetDateTime now, List<FieldError> errors) {
        List<FollowUp> result = new ArrayList<>();
        if (actions == null || !actions.isArray()) {
            return result;
        }
        LocalDate today = now.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        int index = 0;
        for (JsonNode row : actions) {
            String field = FOLLOW_UP_ACTIONS + "[" + index + "].";
            String label = "Opfølgningspunkt " + (index + 1);
            index++;
            String description = text(row, "description");
            String party = text(row, "responsibleParty");
            String person = text(row, "responsiblePerson");
            String due = text(row, "dueDate");
            String agendaItem = text(row, "agendaItem");
            if (description == null && party == null && due == null) {
                continue; // an empty row the user added and left
            }
            if (description == null) {
                errors.add(new FieldError(field + "description", label + ": beskrivelse skal udfyldes."));
            }
            if (party == null || parties.party(party).isEmpty()) {
                errors.add(new FieldError(field + "responsibleParty", label + ": vælg den ansvarlige part ("
                        + parties.parties().stream().map(Party::name).collect(Collectors.joining(" eller ")) + ")."));
            }
            LocalDate dueDate = null;
            try {
                dueDate = due == null ? null : LocalDate.parse(due.length() > 10 ? due.substring(0, 10) : due);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field + "dueDate", label + ": fristen skal være en dato (ÅÅÅÅ-MM-DD)."));
            }
            if (due == null) {
                errors.add(new FieldError(field + "dueDate", label + ": fristen skal udfyldes."));
            } else if (dueDate != null && dueDate.isBefore(today)) {
                errors.add(new FieldError(field + "dueDate", label + ": fristen må ikke ligge før i dag."));
            }
            if (dueDate != null && dueDate.isAfter(today.plusYears(InputRules.MAX_YEARS_AHEAD))) {
                errors.add(new FieldError(field + "dueDate", label + ": fristen må højst ligge "
                        + InputRules.MAX_YEARS_AHEAD + " år ude i fremtiden."));
            }
            if (person != null && person.length() > 200) {
                errors.add(new FieldError(field + "responsiblePerson", label + ": den ansvarlige person må højst"
                        + " være 200 tegn."));
            }
            Integer agendaNumber = null;
            if (agendaItem != null) {
                agendaNumber = Optional.of(agendaItem).filter(s -> s.matches("\\d{1,3}")).map(Integer::valueOf)
                        .filter(n -> n >= 1 && n <= agendaSize).orElse(null);
                if (agendaNumber == null) {
                    errors.add(new FieldError(field + "agendaItem", label + ": dagsordenspunktet skal være et tal fra 1"
                            + " til " + agendaSize + "."));
                }
            }
            result.add(new FollowUp(null, result.size() + 1, agendaNumber, description, party, person, dueDate,
                    row.path("reviseStatusNote").asBoolean(false), FollowUpState.OPEN, null, null, null));
        }
        return result;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

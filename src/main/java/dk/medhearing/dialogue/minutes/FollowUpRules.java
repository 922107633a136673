package dk.medhearing.dialogue.minutes;

import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.FollowUpState;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.InputRules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dk.medhearing.dialogue.DialogueVariables.FOLLOW_UP_ACTIONS;

/**
 * The rules of the follow-up actions agreed in the minutes: a description; one of the parties answers for it; a due
 * date (ÅÅÅÅ-MM-DD), not before today and at most {@value InputRules#MAX_YEARS_AHEAD} years ahead; a responsible
 * person of at most {@value #MAX_PERSON} characters on one line; an agenda item, when given, of the agenda. A row left empty
 * is skipped. Every broken rule is reported, with the field of the row it belongs to.
 */
final class FollowUpRules {

    static final int MAX_PERSON = 200;

    private final DialogueParties parties;

    FollowUpRules(DialogueParties parties) {
        this.parties = parties;
    }

    /** The actions, numbered from 1 in the order written; broken rules are added to {@code errors}. */
    List<FollowUp> check(List<FollowUpEntry> entries, int agendaSize, LocalDate today, List<FieldError> errors) {
        List<FollowUp> result = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            FollowUpEntry entry = entries.get(index);
            if (entry.isEmpty()) {
                continue;
            }
            Row row = new Row(FOLLOW_UP_ACTIONS + "[" + index + "].", "Opfølgningspunkt " + (index + 1), errors);
            if (entry.description() == null) {
                row.error("description", "beskrivelse skal udfyldes.");
            }
            if (entry.responsibleParty() == null
                    || parties.party(entry.responsibleParty()).isEmpty()) {
                row.error(
                        "responsibleParty",
                        "vælg den ansvarlige part ("
                                + parties.parties().stream().map(Party::name).collect(Collectors.joining(" eller "))
                                + ").");
            }
            LocalDate due = dueDate(entry.dueDate(), today, row);
            String person = InputRules.plainTextError("Ansvarlig person", entry.responsiblePerson(), true);
            if (person != null) {
                row.error("responsiblePerson", person);
            } else if (entry.responsiblePerson() != null
                    && entry.responsiblePerson().length() > MAX_PERSON) {
                row.error("responsiblePerson", "den ansvarlige person må højst være " + MAX_PERSON + " tegn.");
            }
            Integer agendaNumber = agendaNumber(entry.agendaItem(), agendaSize, row);
            result.add(new FollowUp(
                    null,
                    result.size() + 1,
                    agendaNumber,
                    entry.description(),
                    entry.responsibleParty(),
                    entry.responsiblePerson(),
                    due,
                    entry.reviseStatusNote(),
                    FollowUpState.OPEN,
                    null,
                    null,
                    null));
        }
        return result;
    }

    private static LocalDate dueDate(String due, LocalDate today, Row row) {
        if (due == null) {
            row.error("dueDate", "fristen skal udfyldes.");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(due.length() > 10 ? due.substring(0, 10) : due);
        } catch (DateTimeParseException e) {
            row.error("dueDate", "fristen skal være en dato (ÅÅÅÅ-MM-DD).");
            return null;
        }
        if (date.isBefore(today)) {
            row.error("dueDate", "fristen må ikke ligge før i dag.");
        }
        if (date.isAfter(today.plusYears(InputRules.MAX_YEARS_AHEAD))) {
            row.error("dueDate", "fristen må højst ligge " + InputRules.MAX_YEARS_AHEAD + " år ude i fremtiden.");
        }
        return date;
    }

    private static Integer agendaNumber(String agendaItem, int agendaSize, Row row) {
        if (agendaItem == null) {
            return null;
        }
        Integer number = agendaItem.matches("\\d{1,3}") ? Integer.valueOf(agendaItem) : null;
        if (number == null || number < 1 || number > agendaSize) {
            row.error("agendaItem", "dagsordenspunktet skal være et tal fra 1 til " + agendaSize + ".");
            return null;
        }
        return number;
    }

    /** The field prefix and the label of one row's messages. */
    private record Row(String field, String label, List<FieldError> errors) {
        void error(String key, String message) {
            errors.add(new FieldError(field + key, label + ": " + message));
        }
    }
}

package dk.medhearing.hearing;

import dk.medhearing.kit.EngineClock;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dk.medhearing.hearing.HearingVariables.ADMINISTRATION;
import static dk.medhearing.hearing.HearingVariables.COMMITTEES;
import static dk.medhearing.hearing.HearingVariables.DATE_SUFFIX;
import static dk.medhearing.hearing.HearingVariables.DEADLINE_AT;
import static dk.medhearing.hearing.HearingVariables.DOCUMENT_LINKS;
import static dk.medhearing.hearing.HearingVariables.EMBARGO_ENDS_AT;
import static dk.medhearing.hearing.HearingVariables.EMBARGO_UNTIL;
import static dk.medhearing.hearing.HearingVariables.MAIN_COMMITTEE_MEETING;
import static dk.medhearing.hearing.HearingVariables.MAIN_COMMITTEE_MEETING_AT;
import static dk.medhearing.hearing.HearingVariables.MAIN_MEETING_AT;
import static dk.medhearing.hearing.HearingVariables.ORIENTATION_MEETING;
import static dk.medhearing.hearing.HearingVariables.ORIENTATION_MEETING_AT;
import static dk.medhearing.hearing.HearingVariables.ORIENTATION_MEETING_PLACE;
import static dk.medhearing.hearing.HearingVariables.POLITICAL_COMMITTEE_MEETING;
import static dk.medhearing.hearing.HearingVariables.POLITICAL_COMMITTEE_MEETING_AT;
import static dk.medhearing.hearing.HearingVariables.POLITICAL_MEETING_AT;
import static dk.medhearing.hearing.HearingVariables.REFERENCE;
import static dk.medhearing.hearing.HearingVariables.RESPONSE_DEADLINE;
import static dk.medhearing.hearing.HearingVariables.RESPONSE_DEADLINE_TEXT;
import static dk.medhearing.hearing.HearingVariables.SHORT_WINDOW_JUSTIFICATION;
import static dk.medhearing.hearing.HearingVariables.SUMMARY;
import static dk.medhearing.hearing.HearingVariables.TIME_SUFFIX;
import static dk.medhearing.hearing.HearingVariables.TITLE;
import static dk.medhearing.kit.ProcessValues.date;
import static dk.medhearing.kit.ProcessValues.jsonList;

/**
 * Reads what a hearing's start submitted ({@link HearingVariables} holds the names) and, once it is registered,
 * replaces the submitted text with the typed values the process needs from now on, under names of their own (the
 * submitted {@code responseDeadline} text becomes the Date {@code deadlineAt}: one type per name).
 */
final class HearingStartVariables {

    private HearingStartVariables() {}

    /** The variables {@code POST /api/hearings} starts the process with: the same text fields as the start form. */
    static Map<String, Object> forStart(HearingInput input) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(REFERENCE, input.reference());
        variables.put(TITLE, input.title());
        // long texts never become stored String variables: transient, read by the registration, kept in our tables
        variables.put(SUMMARY, Variables.stringValue(input.summary(), true));
        variables.put(
                DOCUMENT_LINKS,
                Variables.stringValue(
                        input.documentLinks() == null ? null : String.join("\n", input.documentLinks()), true));
        variables.put(COMMITTEES, input.committees() == null ? null : jsonList(input.committees()));
        variables.put(RESPONSE_DEADLINE, input.responseDeadline());
        if (input.orientationMeeting() != null) {
            variables.put(ORIENTATION_MEETING_AT, input.orientationMeeting().at());
            variables.put(ORIENTATION_MEETING_PLACE, input.orientationMeeting().place());
        }
        variables.put(MAIN_COMMITTEE_MEETING_AT, input.mainCommitteeMeetingAt());
        variables.put(POLITICAL_COMMITTEE_MEETING_AT, input.politicalCommitteeMeetingAt());
        variables.put(SHORT_WINDOW_JUSTIFICATION, Variables.stringValue(input.shortWindowJustification(), true));
        variables.put(EMBARGO_UNTIL, input.embargoUntil());
        return variables;
    }

    /** Reads what was submitted, whichever way the process was started. */
    static HearingInput input(VariableScope scope, String businessKey) {
        Object reference = scope.getVariable(REFERENCE);
        String ref = reference == null || reference.toString().isBlank() ? businessKey : reference.toString();
        return new HearingInput(
                ref,
                text(scope, TITLE),
                text(scope, SUMMARY),
                lines(text(scope, DOCUMENT_LINKS)),
                committees(scope.getVariable(COMMITTEES)),
                dateTime(scope, RESPONSE_DEADLINE, RESPONSE_DEADLINE),
                new HearingInput.OrientationMeeting(
                        dateTime(scope, ORIENTATION_MEETING_AT, ORIENTATION_MEETING),
                        text(scope, ORIENTATION_MEETING_PLACE)),
                dateTime(scope, MAIN_COMMITTEE_MEETING_AT, MAIN_COMMITTEE_MEETING),
                dateTime(scope, POLITICAL_COMMITTEE_MEETING_AT, POLITICAL_COMMITTEE_MEETING),
                text(scope, SHORT_WINDOW_JUSTIFICATION),
                dateTime(scope, EMBARGO_UNTIL, EMBARGO_UNTIL));
    }

    /** Replaces the submitted text with what the process needs from now on: each submitted name is removed. */
    static void registered(VariableScope scope, Hearing hearing, String administration) {
        scope.setVariable(REFERENCE, hearing.reference());
        scope.setVariable(TITLE, hearing.title());
        scope.setVariable(COMMITTEES, jsonList(hearing.committees()));
        scope.setVariable(DEADLINE_AT, date(hearing.responseDeadline()));
        scope.setVariable(RESPONSE_DEADLINE_TEXT, hearing.deadlineText());
        scope.setVariable(MAIN_MEETING_AT, date(hearing.mainMeetingAt()));
        scope.setVariable(POLITICAL_MEETING_AT, date(hearing.politicalMeetingAt()));
        scope.setVariable(ADMINISTRATION, administration);
        scope.setVariable(EMBARGO_ENDS_AT, date(hearing.embargoUntil()));
        for (String bulky : List.of(
                SUMMARY,
                DOCUMENT_LINKS,
                RESPONSE_DEADLINE,
                ORIENTATION_MEETING_AT,
                ORIENTATION_MEETING_PLACE,
                MAIN_COMMITTEE_MEETING_AT,
                POLITICAL_COMMITTEE_MEETING_AT,
                SHORT_WINDOW_JUSTIFICATION,
                EMBARGO_UNTIL)) {
            scope.removeVariable(bulky);
        }
        for (String pair : List.of(
                RESPONSE_DEADLINE,
                ORIENTATION_MEETING,
                MAIN_COMMITTEE_MEETING,
                POLITICAL_COMMITTEE_MEETING,
                EMBARGO_UNTIL)) {
            scope.removeVariable(pair + DATE_SUFFIX);
            scope.removeVariable(pair + TIME_SUFFIX);
        }
    }

    /**
     * One ISO date-time (API) or, from the start form, the date field and the time field joined as local Copenhagen
     * time ("2026-12-10" + "12:00" = "2026-12-10T12:00"); a date without a time, or a time without a date, stays as it
     * is, so the validator names the field rather than an optional date-time being dropped unnoticed.
     */
    static String dateTime(VariableScope scope, String isoName, String pairName) {
        String iso = text(scope, isoName);
        if (iso != null && !iso.isBlank()) {
            return iso;
        }
        String date = text(scope, pairName + DATE_SUFFIX);
        String time = text(scope, pairName + TIME_SUFFIX);
        if (date == null || date.isBlank()) {
            return time == null || time.isBlank() ? iso : time.trim();
        }
        if (time == null || time.isBlank()) {
            return date.trim();
        }
        String hhmm = time.trim();
        return date.trim() + "T" + (hhmm.length() > 5 ? hhmm.substring(0, 5) : hhmm);
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime().toString();
        }
        return value == null ? null : value.toString();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** A checklist submits JSON, the API a list; {@code null} means all CenterMEDs. */
    static List<String> committees(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (value instanceof SpinJsonNode json) {
            if (json.isArray()) {
                return json.elements().stream()
                        .map(e -> e.isString() ? e.stringValue() : e.toString())
                        .toList();
            }
            return List.of(json.isString() ? json.stringValue() : json.toString());
        }
        return Arrays.stream(value.toString().split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

package dk.medhearing.board;

import dk.medhearing.hearing.HearingInput;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of the start page ({@code /status/tidsplan}), exactly those of {@code POST /api/hearings}, as typed:
 * dates as the browser's {@code datetime-local} values, document links one per line, no committee ticked meaning
 * all of them (as the API's missing list). Nothing else is read. Public for the template's expressions only.
 */
public record StartForm(
        String reference,
        String title,
        String summary,
        String documentLinks,
        List<String> committees,
        String responseDeadline,
        String orientationMeetingAt,
        String orientationMeetingPlace,
        String mainCommitteeMeetingAt,
        String politicalCommitteeMeetingAt,
        String embargoUntil,
        String shortWindowJustification) {

    static StartForm empty() {
        return new StartForm(null, null, null, null, List.of(), null, null, null, null, null, null, null);
    }

    /** The API's input: blank optional fields are left out, as the API's clients leave them out. */
    HearingInput toInput() {
        List<String> links = documentLinks == null
                ? List.of()
                : Arrays.stream(documentLinks.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
        HearingInput.OrientationMeeting orientation = blank(orientationMeetingAt) && blank(orientationMeetingPlace)
                ? null
                : new HearingInput.OrientationMeeting(orientationMeetingAt, orientationMeetingPlace);
        return new HearingInput(
                reference,
                title,
                orNull(summary),
                links,
                committees == null || committees.isEmpty() ? null : committees,
                responseDeadline,
                orientation,
                orNull(mainCommitteeMeetingAt),
                orNull(politicalCommitteeMeetingAt),
                orNull(shortWindowJustification),
                orNull(embargoUntil));
    }

    public boolean chose(String committee) {
        return committees != null && committees.contains(committee);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orNull(String value) {
        return blank(value) ? null : value;
    }
}

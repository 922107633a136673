package dk.medhearing.hearing;

import java.util.List;

/**
 * A hearing as a user or program submits it, before validation: dates are ISO strings (with or without offset,
 * local time is Europe/Copenhagen), so that each broken rule can be named by its field. {@code embargoUntil}, when
 * set, holds the material back for the centre managers until then at the latest (see the BPMN).
 */
public record HearingInput(
        String reference,
        String title,
        String summary,
        List<String> documentLinks,
        List<String> committees,
        String responseDeadline,
        OrientationMeeting orientationMeeting,
        String mainCommitteeMeetingAt,
        String politicalCommitteeMeetingAt,
        String shortWindowJustification,
        String embargoUntil) {

    /** A hearing without embargo. */
    public HearingInput(
            String reference,
            String title,
            String summary,
            List<String> documentLinks,
            List<String> committees,
            String responseDeadline,
            OrientationMeeting orientationMeeting,
            String mainCommitteeMeetingAt,
            String politicalCommitteeMeetingAt,
            String shortWindowJustification) {
        this(
                reference,
                title,
                summary,
                documentLinks,
                committees,
                responseDeadline,
                orientationMeeting,
                mainCommitteeMeetingAt,
                politicalCommitteeMeetingAt,
                shortWindowJustification,
                null);
    }

    /** The optional orientation meeting on the proposal. */
    public record OrientationMeeting(String at, String place) {}
}

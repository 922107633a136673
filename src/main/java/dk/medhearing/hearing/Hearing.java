package dk.medhearing.hearing;

import dk.medhearing.kit.DateTimes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A validated hearing, as stored in the {@code hearing} table. With an embargo, {@code publishedAt} is when the
 * material went to the centre managers until the hearing is published to all members; then it is the publication,
 * and {@code embargoReleaseReason} says why (CONFIRMED or EXPIRED).
 */
public record Hearing(String reference,
                      String title,
                      String summary,
                      List<String> documentLinks,
                      List<String> committees,
                      OffsetDateTime publishedAt,
                      OffsetDateTime responseDeadline,
                      OffsetDateTime orientationAt,
                      String orientationPlace,
                      OffsetDateTime mainMeetingAt,
                      OffsetDateTime politicalMeetingAt,
                      String createdBy,
                      MainCommitteeState mainState,
                      OffsetDateTime submittedAt,
                      String submittedBy,
                      String journalReference,
                      int windowWorkingDays,
                      String shortWindowJustification,
                      String holidayWarning,
                      OffsetDateTime embargoUntil,
                      String embargoReleaseReason) {

    /** A hearing without embargo. */
    public Hearing(String reference, String title, String summary, List<String> documentLinks, List<String> committees,
                   OffsetDateTime publishedAt, OffsetDateTime responseDeadline, OffsetDateTime orientationAt,
                   String orientationPlace, OffsetDateTime mainMeetingAt, OffsetDateTime politicalMeetingAt,
                   String createdBy, MainCommitteeState mainState, OffsetDateTime submittedAt, String submittedBy,
                   String journalReference, int windowWorkingDays, String shortWindowJustification,
                   String holidayWarning) {
        this(reference, title, summary, documentLinks, committees, publishedAt, responseDeadline, orientationAt,
                orientationPlace, mainMeetingAt, politicalMeetingAt, createdBy, mainState, submittedAt, submittedBy,
                journalReference, windowWorkingDays, shortWindowJustification, holidayWarning, null, null);
    }

    public boolean embargoed() {
        return embargoUntil != null;
    }

    public HearingPhase phase() {
        return HearingPhase.of(this);
    }

    /** An embargoed hearing still held back for the centre managers. */
    public boolean underEmbargo() {
        return embargoed() && embargoReleaseReason == null;
    }

    /** When an embargoed hearing was published to all members, and why; empty while under embargo or without one. */
    public Optional<EmbargoRelease> embargoRelease() {
        return embargoReleaseReason == null ? Optional.empty()
                : Optional.of(new EmbargoRelease(publishedAt, embargoReleaseReason));
    }

    /**
     * The deadline as every form shows it, with the window in working days and, for a short window, its
     * justification: "tirsdag den 8. december 2026 kl. 12.00 (10 arbejdsdage)".
     */
    public String deadlineText() {
        String text = DateTimes.danish(responseDeadline) + " (" + windowWorkingDays + " arbejdsdage";
        if (shortWindowJustification != null) {
            text += "; kort frist begrundet med: " + shortWindowJustification;
        }
        return text + ")";
    }

    /** The publication of an embargoed hearing. */
    public record EmbargoRelease(OffsetDateTime at, String reason) {
    }
}

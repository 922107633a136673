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
public record Hearing(
        String reference,
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
        return embargoReleaseReason == null
                ? Optional.empty()
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
    public record EmbargoRelease(OffsetDateTime at, String reason) {}

    /**
     * A hearing built by name: {@code Hearing.builder().reference("BIF-1").title("…")…build()}; unset fields are
     * {@code null} (0 for the window).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Hearing} field by field, each setter named as the record's component. */
    public static final class Builder {

        private String reference;
        private String title;
        private String summary;
        private List<String> documentLinks;
        private List<String> committees;
        private OffsetDateTime publishedAt;
        private OffsetDateTime responseDeadline;
        private OffsetDateTime orientationAt;
        private String orientationPlace;
        private OffsetDateTime mainMeetingAt;
        private OffsetDateTime politicalMeetingAt;
        private String createdBy;
        private MainCommitteeState mainState;
        private OffsetDateTime submittedAt;
        private String submittedBy;
        private String journalReference;
        private int windowWorkingDays;
        private String shortWindowJustification;
        private String holidayWarning;
        private OffsetDateTime embargoUntil;
        private String embargoReleaseReason;

        private Builder() {}

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder documentLinks(List<String> documentLinks) {
            this.documentLinks = documentLinks;
            return this;
        }

        public Builder committees(List<String> committees) {
            this.committees = committees;
            return this;
        }

        public Builder publishedAt(OffsetDateTime publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public Builder responseDeadline(OffsetDateTime responseDeadline) {
            this.responseDeadline = responseDeadline;
            return this;
        }

        public Builder orientationAt(OffsetDateTime orientationAt) {
            this.orientationAt = orientationAt;
            return this;
        }

        public Builder orientationPlace(String orientationPlace) {
            this.orientationPlace = orientationPlace;
            return this;
        }

        public Builder mainMeetingAt(OffsetDateTime mainMeetingAt) {
            this.mainMeetingAt = mainMeetingAt;
            return this;
        }

        public Builder politicalMeetingAt(OffsetDateTime politicalMeetingAt) {
            this.politicalMeetingAt = politicalMeetingAt;
            return this;
        }

        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        public Builder mainState(MainCommitteeState mainState) {
            this.mainState = mainState;
            return this;
        }

        public Builder submittedAt(OffsetDateTime submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public Builder submittedBy(String submittedBy) {
            this.submittedBy = submittedBy;
            return this;
        }

        public Builder journalReference(String journalReference) {
            this.journalReference = journalReference;
            return this;
        }

        public Builder windowWorkingDays(int windowWorkingDays) {
            this.windowWorkingDays = windowWorkingDays;
            return this;
        }

        public Builder shortWindowJustification(String shortWindowJustification) {
            this.shortWindowJustification = shortWindowJustification;
            return this;
        }

        public Builder holidayWarning(String holidayWarning) {
            this.holidayWarning = holidayWarning;
            return this;
        }

        public Builder embargoUntil(OffsetDateTime embargoUntil) {
            this.embargoUntil = embargoUntil;
            return this;
        }

        public Builder embargoReleaseReason(String embargoReleaseReason) {
            this.embargoReleaseReason = embargoReleaseReason;
            return this;
        }

        public Hearing build() {
            return new Hearing(
                    reference,
                    title,
                    summary,
                    documentLinks,
                    committees,
                    publishedAt,
                    responseDeadline,
                    orientationAt,
                    orientationPlace,
                    mainMeetingAt,
                    politicalMeetingAt,
                    createdBy,
                    mainState,
                    submittedAt,
                    submittedBy,
                    journalReference,
                    windowWorkingDays,
                    shortWindowJustification,
                    holidayWarning,
                    embargoUntil,
                    embargoReleaseReason);
        }
    }
}

package dk.medhearing.casefile;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code sag.json}: the case's metadata and every file of the archive (but itself) with its title, date, kind,
 * parties and SHA-256, in the order of the journal list; the journal list's own file has no number.
 */
record CaseManifest(
        String caseType,
        String reference,
        String title,
        OffsetDateTime opened,
        OffsetDateTime closed,
        OffsetDateTime built,
        Dates dates,
        Classification classification,
        List<Document> documents) {

    /** The case's own dates, by their Danish names' English equivalents; absent ones are {@code null}. */
    record Dates(
            OffsetDateTime published,
            OffsetDateTime responseDeadline,
            OffsetDateTime mainCommitteeMeeting,
            OffsetDateTime politicalCommitteeMeeting,
            OffsetDateTime submitted,
            OffsetDateTime meeting,
            OffsetDateTime minutesApproved) {}

    record Classification(String kleSubject, String actionFacet) {}

    record Document(
            Integer number,
            String fileName,
            String mediaType,
            String title,
            OffsetDateTime date,
            String kind,
            String kindLabel,
            String from,
            String to,
            String sha256) {}
}

package dk.medhearing.casefile;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One document (akt) of a case file before it is numbered: its file name without number and extension ({@code name},
 * e.g. {@code amc-referat}), its title, date, journal kind and parties, and its content: a page to render as PDF/A,
 * or a PDF stored elsewhere and copied byte for byte. {@code companion} is the same content in another format, e.g.
 * the dispatch log as CSV.
 */
record CaseDocument(
        String name,
        String title,
        OffsetDateTime date,
        JournalKind kind,
        String from,
        String to,
        RecordPage page,
        byte[] stored,
        Companion companion) {

    static CaseDocument page(
            String name, OffsetDateTime date, JournalKind kind, String from, String to, RecordPage page) {
        return new CaseDocument(name, page.heading(), date, kind, from, to, page, null, null);
    }

    static CaseDocument stored(
            String name, String title, OffsetDateTime date, JournalKind kind, String from, String to, byte[] pdf) {
        return new CaseDocument(name, title, date, kind, from, to, null, pdf, null);
    }

    CaseDocument withCompanion(String extension, String mediaType, byte[] content) {
        return new CaseDocument(
                name, title, date, kind, from, to, page, stored, new Companion(extension, mediaType, content));
    }

    Optional<Companion> optionalCompanion() {
        return Optional.ofNullable(companion);
    }

    /** The same document in another format. */
    record Companion(String extension, String mediaType, byte[] content) {}
}

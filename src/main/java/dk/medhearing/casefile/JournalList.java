package dk.medhearing.casefile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The journal list (aktliste) rule: a case's documents in date order, the earliest first; documents of the same
 * time keep the order in which the case file collects them (the order of the case's steps); a document without a
 * date comes last. Each gets its number, from 1, and its file name in the archive: the number, zero-padded to the
 * same width for all, then its name ({@code 007-amc-referat.pdf}), so the files list in journal order.
 */
final class JournalList {

    private JournalList() {}

    /** One numbered document of the journal list. */
    record Entry(int number, String fileName, CaseDocument document) {

        String companionFileName() {
            return document.optionalCompanion()
                    .map(c -> fileName.substring(0, fileName.lastIndexOf('.')) + "." + c.extension())
                    .orElse(null);
        }
    }

    static List<Entry> of(List<CaseDocument> documents) {
        record Indexed(int index, CaseDocument document) {}
        List<Indexed> indexed = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            indexed.add(new Indexed(i, documents.get(i)));
        }
        // by the instant: OffsetDateTime's own order would part the same instant written with two offsets
        indexed.sort(Comparator.comparing(
                        (Indexed d) -> instant(d.document().date()),
                        Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparingInt(Indexed::index));
        int width = Math.max(3, String.valueOf(documents.size()).length());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < indexed.size(); i++) {
            CaseDocument document = indexed.get(i).document();
            entries.add(new Entry(i + 1, String.format("%0" + width + "d-%s.pdf", i + 1, document.name()), document));
        }
        return List.copyOf(entries);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

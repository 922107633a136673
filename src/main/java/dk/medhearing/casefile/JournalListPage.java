package dk.medhearing.casefile;

import dk.medhearing.casefile.RecordPage.Field;
import dk.medhearing.casefile.RecordPage.Section;
import dk.medhearing.kit.DateTimes;

import java.time.OffsetDateTime;
import java.util.List;

/** The journal list (aktliste) as a requester is given it: one line per document, in journal order. */
final class JournalListPage {

    static final List<String> HEADER = List.of("Nr.", "Dato", "Art", "Fra", "Til", "Titel", "Fil");

    private JournalListPage() {}

    static RecordPage page(
            String letterhead,
            String caseLabel,
            String reference,
            String title,
            List<JournalList.Entry> entries,
            OffsetDateTime built) {
        List<List<String>> rows = entries.stream()
                .map(e -> List.of(
                        String.valueOf(e.number()),
                        DateTimes.shortDanish(e.document().date()),
                        e.document().kind().label(),
                        e.document().from(),
                        e.document().to(),
                        e.document().title(),
                        e.fileName()))
                .toList();
        return new RecordPage(
                letterhead,
                "Aktliste",
                caseLabel + " " + reference + ": " + title,
                List.of(
                        new Field("J.nr.", reference), new Field(caseLabel, title),
                        new Field("Udskrevet", DateTimes.danish(built)),
                                new Field("Antal akter", String.valueOf(entries.size()))),
                List.of(Section.table(null, HEADER, rows, "Sagen har ingen akter.")));
    }
}

package dk.medhearing.casefile;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal list's rules: date order, ties in collection order, numbering and file names, and the kinds. */
class JournalListTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-05T11:00:00+01:00");

    @Test
    void shouldNumberTheDocumentsInDateOrderKeepingTheCollectionOrderOfTies() {
        // given documents collected out of date order, two at the same time and one without a date
        List<CaseDocument> documents = List.of(
                doc("svar", T.plusDays(2)),
                doc("brev", T),
                doc("udateret", null),
                doc("indkaldelse", T.plusDays(1)),
                doc("referat", T.plusDays(1)),
                doc("samme-tid-andet-udtryk", T.plusDays(1).withOffsetSameInstant(ZoneOffset.UTC)));

        // when they are put in the journal list
        List<JournalList.Entry> entries = JournalList.of(documents);

        // then by date, ties (the same instant, whatever its offset) in collection order, the undated last
        assertThat(entries)
                .extracting(JournalList.Entry::fileName)
                .containsExactly(
                        "001-brev.pdf",
                        "002-indkaldelse.pdf",
                        "003-referat.pdf",
                        "004-samme-tid-andet-udtryk.pdf",
                        "005-svar.pdf",
                        "006-udateret.pdf");
        assertThat(entries).extracting(JournalList.Entry::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void shouldPadEveryNumberToTheWidthOfTheLargest() {
        // given 1000 documents
        List<CaseDocument> documents = IntStream.range(0, 1000)
                .mapToObj(i -> doc("akt", T.plusMinutes(i)))
                .toList();

        // when listed, then the file names sort as the numbers do
        List<String> names = JournalList.of(documents).stream()
                .map(JournalList.Entry::fileName)
                .toList();
        assertThat(names.get(0)).isEqualTo("0001-akt.pdf");
        assertThat(names.get(999)).isEqualTo("1000-akt.pdf");
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertThat(sorted).isEqualTo(names);
    }

    @Test
    void shouldNameTheCompanionAfterItsDocument() {
        // given the dispatch log with its CSV
        CaseDocument log = doc("forsendelseslog", T).withCompanion("csv", "text/csv", new byte[0]);

        // when listed, then the CSV carries the log's number
        JournalList.Entry entry = JournalList.of(List.of(log)).get(0);
        assertThat(entry.companionFileName()).isEqualTo("001-forsendelseslog.csv");
    }

    @Test
    void shouldCallWhatTheOwnerSendsOutgoingWhatItReceivesIncomingAndTheRestInternal() {
        // given the administration as the owner of the case
        String owner = "Enhed for HR & Service";

        // then its letter to the committees is outgoing, a committee's response to it incoming, and a committee's
        // own minutes, or a note the owner keeps, internal
        assertThat(JournalKind.of(owner, "AMC", owner)).isEqualTo(JournalKind.OUTGOING);
        assertThat(JournalKind.of("AMC", owner, owner)).isEqualTo(JournalKind.INCOMING);
        assertThat(JournalKind.of("AMC", "AMC", owner)).isEqualTo(JournalKind.INTERNAL);
        assertThat(JournalKind.of(owner, owner, owner)).isEqualTo(JournalKind.INTERNAL);
        assertThat(JournalKind.OUTGOING.label()).isEqualTo("Udgående");
        assertThat(JournalKind.INCOMING.label()).isEqualTo("Indgående");
        assertThat(JournalKind.INTERNAL.label()).isEqualTo("Intern");
    }

    @Test
    void shouldQuoteCsvCellsAndDefuseFormulas() {
        // given cells a spreadsheet would read as formulas, or that hold quotes, separators and line breaks
        // then each is one quoted cell, a formula as text
        assertThat(DispatchLog.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DispatchLog.cell("+45 1234")).isEqualTo("\"'+45 1234\"");
        assertThat(DispatchLog.cell("a;b\r\nc")).isEqualTo("\"a;b  c\"");
        assertThat(DispatchLog.cell(null)).isEqualTo("\"\"");
        assertThat(DispatchLog.cell("uden\u0001styretegn")).isEqualTo("\"udenstyretegn\"");
    }

    private static CaseDocument doc(String name, OffsetDateTime date) {
        return CaseDocument.page(
                name,
                date,
                JournalKind.INTERNAL,
                "A",
                "A",
                new RecordPage("Kommune", name, name, List.of(), List.of()));
    }
}

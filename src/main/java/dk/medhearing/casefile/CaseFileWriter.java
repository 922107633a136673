package dk.medhearing.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.medhearing.document.Sha256;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a case's documents as its case file: numbers them ({@link JournalList}), renders its own pages as PDF/A
 * (both cores at once), copies stored PDFs byte for byte, adds the journal list ({@code aktliste.pdf}) and the
 * manifest ({@code sag.json}), and zips it all.
 */
@Component
class CaseFileWriter {

    static final String JOURNAL_LIST = "aktliste.pdf";
    static final String MANIFEST = "sag.json";

    private final RecordRenderer renderer;
    private final ObjectMapper json;

    CaseFileWriter(RecordRenderer renderer, ObjectMapper json) {
        this.renderer = renderer;
        this.json = json.copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** What the case is, for the journal list and the manifest. */
    record Case(
            String caseType,
            String caseLabel,
            String reference,
            String title,
            String letterhead,
            OffsetDateTime opened,
            OffsetDateTime closed,
            CaseManifest.Dates dates,
            CaseFileProperties.Classification classification) {}

    CaseFile write(Case c, List<CaseDocument> documents, OffsetDateTime now) {
        List<JournalList.Entry> entries = JournalList.of(documents);
        List<byte[]> contents = entries.parallelStream()
                .map(e -> e.document().stored() != null
                        ? e.document().stored()
                        : renderer.pdf(e.document().page()))
                .toList();
        byte[] journalList = renderer.pdf(
                JournalListPage.page(c.letterhead(), c.caseLabel(), c.reference(), c.title(), entries, now));
        List<CaseManifest.Document> listed = new ArrayList<>();
        listed.add(new CaseManifest.Document(
                null,
                JOURNAL_LIST,
                MediaType.APPLICATION_PDF_VALUE,
                "Aktliste",
                now,
                JournalKind.INTERNAL.name(),
                JournalKind.INTERNAL.label(),
                c.letterhead(),
                c.letterhead(),
                Sha256.hex(journalList)));
        for (int i = 0; i < entries.size(); i++) {
            JournalList.Entry e = entries.get(i);
            CaseDocument d = e.document();
            listed.add(manifestEntry(e.number(), e.fileName(), MediaType.APPLICATION_PDF_VALUE, d, contents.get(i)));
            d.optionalCompanion()
                    .ifPresent(companion -> listed.add(manifestEntry(
                            e.number(), e.companionFileName(), companion.mediaType(), d, companion.content())));
        }
        CaseManifest manifest = new CaseManifest(
                c.caseType(),
                c.reference(),
                c.title(),
                c.opened(),
                c.closed(),
                now,
                c.dates(),
                new CaseManifest.Classification(
                        c.classification().kleSubject(), c.classification().actionFacet()),
                listed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            FileTime time = FileTime.from(now.toInstant());
            add(zip, JOURNAL_LIST, journalList, time);
            for (int i = 0; i < entries.size(); i++) {
                JournalList.Entry e = entries.get(i);
                add(zip, e.fileName(), contents.get(i), time);
                if (e.document().companion() != null) {
                    add(zip, e.companionFileName(), e.document().companion().content(), time);
                }
            }
            add(zip, MANIFEST, json.writeValueAsBytes(manifest), time);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the case file of " + c.reference(), e);
        }
        byte[] zip = bytes.toByteArray();
        return new CaseFile(
                "sagsmappe-" + c.reference().replaceAll("[^A-Za-z0-9._-]", "-") + ".zip", zip, Sha256.hex(zip));
    }

    private static CaseManifest.Document manifestEntry(
            int number, String fileName, String mediaType, CaseDocument d, byte[] content) {
        return new CaseManifest.Document(
                number,
                fileName,
                mediaType,
                d.title(),
                d.date(),
                d.kind().name(),
                d.kind().label(),
                d.from(),
                d.to(),
                Sha256.hex(content));
    }

    private static void add(ZipOutputStream zip, String name, byte[] content, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}

package dk.medhearing.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.document.ConsolidatedDocumentService;
import dk.medhearing.document.StoredDocument;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The case file until the full one (module {@code casefile}, issue 28 items 1-2) is merged: a zip of what exists
 * today, {@code sag.json} (the case's metadata) and, for a hearing, the stored consolidated response PDF byte for
 * byte. Registered only when no other {@link CaseFiles} bean exists ({@link CaseFilesConfiguration}).
 */
class MinimalCaseFiles implements CaseFiles {

    static final String CONSOLIDATED_PDF = "samlet-hoeringssvar.pdf";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final HearingRepository hearings;
    private final ConsolidatedDocumentService documents;
    private final DialogueRepository meetings;

    MinimalCaseFiles(HearingRepository hearings, ConsolidatedDocumentService documents,
                     DialogueRepository meetings) {
        this.hearings = hearings;
        this.documents = documents;
        this.meetings = meetings;
    }

    @Override
    public CaseFile hearing(String reference) {
        Hearing hearing = hearings.find(reference)
                .orElseThrow(() -> new IllegalStateException("Høringen " + reference + " findes ikke"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("reference", hearing.reference());
        metadata.put("kind", "hearing");
        metadata.put("title", hearing.title());
        metadata.put("publishedAt", hearing.publishedAt());
        metadata.put("responseDeadline", hearing.responseDeadline());
        metadata.put("committees", hearing.committees());
        metadata.put("submittedAt", hearing.submittedAt());
        metadata.put("submittedBy", hearing.submittedBy());
        metadata.put("journalReference", hearing.journalReference());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        documents.find(reference).map(StoredDocument::pdf).ifPresent(pdf -> entries.put(CONSOLIDATED_PDF, pdf));
        metadata.put("documents", entries.keySet().stream().map(name -> Map.of("fileName", name,
                "sha256", sha256(entries.get(name)))).toList());
        return zip("sagsmappe-" + reference + ".zip", metadata, entries);
    }

    @Override
    public CaseFile dialogue(String id) {
        DialogueMeeting meeting = meetings.find(id)
                .orElseThrow(() -> new IllegalStateException("Dialogmødet " + id + " findes ikke"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("reference", meeting.reference());
        metadata.put("kind", "dialogue");
        metadata.put("title", meeting.title());
        metadata.put("meetingAt", meeting.meetingAt());
        metadata.put("minutesApprovedAt", meeting.minutesApprovedAt());
        metadata.put("closedAt", meeting.closedAt());
        return zip("sagsmappe-" + meeting.reference() + ".zip", metadata, Map.of());
    }

    private static CaseFile zip(String fileName, Map<String, Object> metadata, Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "sag.json", JSON.writeValueAsBytes(metadata));
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
            zip.finish();
            byte[] content = bytes.toByteArray();
            return new CaseFile(fileName, content, sha256(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // the same records give the same bytes
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

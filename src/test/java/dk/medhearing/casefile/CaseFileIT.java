package dk.medhearing.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Role;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.document.ConsolidatedDocumentService;
import dk.medhearing.document.Sha256;
import dk.medhearing.document.StoredDocument;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.schedule.ReminderSchedule;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.PdfA;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static dk.medhearing.document.ConsolidatedResponseRendererTest.normalized;
import static dk.medhearing.document.ConsolidatedResponseRendererTest.text;
import static dk.medhearing.support.DialogueDriver.HOST;
import static dk.medhearing.support.DialogueDriver.followUp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file (sagsmappe) of a whole hearing and of a dialogue meeting, fetched through the API as the
 * administration does for the journal or a request for access; every PDF checked by veraPDF.
 */
class CaseFileIT extends AbstractProcessTest {

    static final String SCRIPT = "<script>alert('x')</script> & <b>fed</b>";

    @Autowired
    HearingRepository hearings;

    @Autowired
    ReminderSchedule reminders;

    @Autowired
    ConsolidatedDocumentService consolidated;

    @Autowired
    DialogueService dialogueService;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    private DialogueDriver dialogue;

    @BeforeEach
    void setUpDialogueDriver() {
        dialogue = new DialogueDriver(driver, dialogueService);
    }

    @Test
    void shouldArchiveEveryRecordOfAHearingWithASendBackASilentCommitteeRemarksAndAReminder() throws Exception {
        // given a hearing of three committees: AMC responds with the employee side's remarks (and text that looks
        // like HTML), JKU's chair sends its first draft back before approving the second, CBSI stays silent and is
        // reminded; HovedMED approves the consolidated response and the administration submits it
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc", "jku", "cbsi"));
        driver.respond(ref, "amc", "AMC støtter forslaget. " + SCRIPT, "- Medarbejdersiden ønsker mere tid.");
        String jkuChair = driver.person("jku", Role.CHAIR);
        driver.scheduleMeeting(ref, "jku", jkuChair);
        driver.recordMinutes(ref, "Task_RecordMinutes", driver.person("jku", Role.SECRETARY));
        driver.draft(ref, "Task_DraftResponse", driver.person("jku", Role.SECRETARY), "Første udkast.", null);
        driver.decide(ref, "Task_ApproveResponseAsChair", jkuChair, false, "Skriv det kortere.");
        if (driver.task(
                        ref,
                        "Task_ApproveResponseAsViceChair",
                        organisation.requireUnit("jku").roleGroupId(Role.VICE_CHAIR))
                != null) {
            driver.decide(ref, "Task_ApproveResponseAsViceChair", driver.person("jku", Role.VICE_CHAIR), true, null);
        }
        driver.executeJobs(ref);
        driver.draft(ref, "Task_DraftResponse", driver.person("jku", Role.SECRETARY), "Kort svar fra JKU.", null);
        driver.approveJointly(ref, "jku", "Task_ApproveResponseAsChair", "Task_ApproveResponseAsViceChair");
        jdbc.sql("update committee_minutes set discussion = ? where reference = ? and committee = 'amc'")
                .params("Drøftet\u0001 uden\uFFFF fejl.", ref)
                .update();
        Date deadline =
                Date.from(hearings.find(ref).orElseThrow().responseDeadline().toInstant());
        driver.moveClockTo(
                reminders.due(deadline, ReminderSchedule.Reminder.FIRST).plusMinutes(1));
        driver.executeJobs(ref);
        driver.moveClockTo(OffsetDateTime.ofInstant(deadline.toInstant(), HearingDriver.ZONE)
                .plusMinutes(1));
        driver.executeJobs(ref);
        driver.mainCommitteeResponds(ref, "HovedMED støtter forslaget.");
        driver.complete(ref, "Task_SubmitToPoliticalCommittee", "karen.holm", Map.of("journalReference", "BIU-2026-7"));
        driver.executeJobs(ref);

        // when the administration fetches the case file
        ResponseEntity<byte[]> response = as("karen.holm")
                .getForEntity(url("/api/hearings/" + ref.toLowerCase() + "/sagsmappe.zip"), byte[].class);

        // then it is a zip named after the hearing, with its hash
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"sagsmappe-" + ref + ".zip\"");
        assertThat(response.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(Sha256.hex(response.getBody()));
        Map<String, byte[]> files = unzip(response.getBody());
        JsonNode manifest = json.readTree(files.get("sag.json"));

        // and it holds every expected document, numbered in journal order
        assertThat(names(files))
                .containsExactly(
                        "aktliste.pdf",
                        "001-hoeringsbrev.pdf",
                        "002-amc-moedeindkaldelse.pdf",
                        "003-amc-referat.pdf",
                        "004-amc-hoeringssvar.pdf",
                        "005-jku-moedeindkaldelse.pdf",
                        "006-jku-referat.pdf",
                        "007-jku-hoeringssvar.pdf",
                        "008-cbsi-intet-hoeringssvar.pdf",
                        "009-hovedmed-referat.pdf",
                        "010-hovedmed-samlet-hoeringssvar.pdf",
                        "011-indsendelse.pdf",
                        "012-forsendelseslog.pdf",
                        "012-forsendelseslog.csv",
                        "sag.json");
        assertManifestMatches(manifest, files, ref, "hearing");
        assertThat(manifest.at("/classification/kleSubject").asText()).isEqualTo("81.00.00");
        assertThat(manifest.at("/classification/actionFacet").asText()).isEqualTo("G01");
        assertThat(manifest.at("/dates/submitted").isNull()).isFalse();

        // and the consolidated response is the stored one, byte for byte
        StoredDocument stored = consolidated.find(ref).orElseThrow();
        assertThat(files.get("010-hovedmed-samlet-hoeringssvar.pdf")).isEqualTo(stored.pdf());
        assertThat(Sha256.hex(files.get("010-hovedmed-samlet-hoeringssvar.pdf")))
                .isEqualTo(stored.sha256());

        // and every PDF is valid PDF/A-2b
        assertAllPdfA(files);

        // and the documents say what happened, in Danish, user text as text
        assertThat(normalized(text(files.get("aktliste.pdf"))))
                .containsSubsequence(
                        "Aktliste",
                        "J.nr.",
                        ref,
                        "Antal akter 12",
                        "1",
                        "Udgående",
                        "Høring: Omlægning af beskæftigelsesindsatsen",
                        "Intern",
                        "Indgående",
                        "Høringssvar fra AMC",
                        "Intet høringssvar inden fristen fra CBSI",
                        "Forsendelseslog");
        assertThat(normalized(text(files.get("004-amc-hoeringssvar.pdf"))))
                .contains(
                        SCRIPT,
                        "Medarbejderrepræsentanterne har yderligere følgende kommentarer",
                        "- Medarbejdersiden ønsker mere tid.",
                        "Godkendt",
                        "Indsendt af Anders Friis og Birthe Lund")
                .doesNotContain("anders.friis");
        assertThat(normalized(text(files.get("003-amc-referat.pdf")))).contains("Drøftet uden fejl.");
        assertThat(normalized(text(files.get("007-jku-hoeringssvar.pdf"))))
                .contains("Kort svar fra JKU.", "Sendt tilbage", "Skriv det kortere.", "Godkendt")
                .doesNotContain("Første udkast.");
        assertThat(normalized(text(files.get("011-indsendelse.pdf")))).contains("BIU-2026-7", "Karen Holm");
        String csv = new String(files.get("012-forsendelseslog.csv"), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF\"Nr.\";\"Slags\"")
                .contains("\"Påmindelse\"", "\"Høringsmateriale\"", "\"Mødeindkaldelse\"", "\"Samlet høringssvar\"");
        assertThat(csv.lines().count() - 1)
                .isEqualTo(jdbc.sql("select count(*) from mail_outbox where business_key = ?")
                        .param(ref)
                        .query(Long.class)
                        .single());
    }

    @Test
    void shouldArchiveADialogueMeetingWithItsMinutesFollowUpsAndMails() throws Exception {
        // given a dialogue meeting held, its minutes approved by both parties and its follow-up closed
        String ref = DialogueDriver.newReference();
        OffsetDateTime meetingAt = dialogue.meetingAt();
        dialogue.start(ref);
        dialogue.prepare(ref);
        dialogue.holdMeeting(ref, meetingAt);
        LocalDate due = driver.now().toLocalDate().plusDays(21);
        dialogue.recordMinutes(
                ref,
                List.of(followUp("Tage initiativ til et møde med Tekniq.", "region", "Jan Hendeliowitz", due, false)));
        dialogue.approveByBoth(ref);
        dialogue.closeFollowUp(ref, HOST, "Mødet med Tekniq er holdt.");

        // when the administration fetches its case file
        ResponseEntity<byte[]> response =
                as("karen.holm").getForEntity(url("/api/dialogue-meetings/" + ref + "/sagsmappe.zip"), byte[].class);

        // then it holds the status note, the invitation sent after it, the minutes, the follow-ups and the mails, all
        // PDF/A
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, byte[]> files = unzip(response.getBody());
        assertThat(names(files))
                .containsExactly(
                        "aktliste.pdf",
                        "001-statusnotat-version-1.pdf",
                        "002-indkaldelse-og-dagsorden.pdf",
                        "003-referat.pdf",
                        "004-opfoelgning.pdf",
                        "005-forsendelseslog.pdf",
                        "005-forsendelseslog.csv",
                        "sag.json");
        JsonNode manifest = json.readTree(files.get("sag.json"));
        assertManifestMatches(manifest, files, ref, "dialogueMeeting");
        assertThat(manifest.at("/classification/kleSubject").asText()).isEqualTo("15.00.00");
        assertAllPdfA(files);
        assertThat(normalized(text(files.get("003-referat.pdf"))))
                .contains(
                        "Ad dagsordenens punkt 1",
                        "Med disse bemærkninger blev dagsordenen godkendt.",
                        "Godkendt",
                        "Jobcenter København");
        assertThat(normalized(text(files.get("004-opfoelgning.pdf"))))
                .contains(
                        "Tage initiativ til et møde med Tekniq.", "Mødet med Tekniq er holdt.", "Afsluttet rettidigt");
        assertThat(new String(files.get("005-forsendelseslog.csv"), StandardCharsets.UTF_8))
                .contains("\"Invitation til dialogmøde\"", "\"Godkendt referat\"");
    }

    @Test
    void shouldAnswerAChairHovedMedAndTheOtherSideAsIfTheCaseDidNotExist() {
        // given a hearing AMC takes part in and a dialogue meeting
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));
        String meeting = DialogueDriver.newReference();
        dialogue.start(meeting);

        // when AMC's chair, HovedMED's chair, and the jobcenter's director ask for the case files, and the
        // administration for unknown ones
        ResponseEntity<String> chair = as("anders.friis").getForEntity(url(hearingZip(ref)), String.class);
        ResponseEntity<String> main = as(driver.person(
                        organisation.mainCommittee().id(), Role.CHAIR))
                .getForEntity(url(hearingZip(ref)), String.class);
        ResponseEntity<String> unknown = as("karen.holm").getForEntity(url(hearingZip("T-FINDESIKKE")), String.class);
        ResponseEntity<String> jobcenter =
                as(DialogueDriver.JOBCENTER).getForEntity(url(dialogueZip(meeting)), String.class);
        ResponseEntity<String> unknownMeeting =
                as("karen.holm").getForEntity(url(dialogueZip("00-000-0")), String.class);
        ResponseEntity<String> anonymousCall = anonymous.getForEntity(url(hearingZip(ref)), String.class);

        // then each is the same Danish 404 as for a case that does not exist
        assertThat(List.of(chair, main, unknown, jobcenter, unknownMeeting))
                .allSatisfy(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(chair.getBody())
                .isEqualTo(main.getBody())
                .isEqualTo(unknown.getBody().replace("T-FINDESIKKE", ref))
                .contains("Høringen " + ref + " findes ikke");
        assertThat(jobcenter.getBody())
                .isEqualTo(unknownMeeting.getBody().replace("00-000-0", meeting))
                .contains("Dialogmødet " + meeting + " findes ikke");
        assertThat(anonymousCall.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    static String hearingZip(String reference) {
        return "/api/hearings/" + reference + "/sagsmappe.zip";
    }

    static String dialogueZip(String reference) {
        return "/api/dialogue-meetings/" + reference + "/sagsmappe.zip";
    }

    /** sag.json lists every file but itself with its hash, numbered 1..n in date order. */
    static void assertManifestMatches(JsonNode manifest, Map<String, byte[]> files, String ref, String type) {
        assertThat(manifest.get("reference").asText()).isEqualTo(ref);
        assertThat(manifest.get("caseType").asText()).isEqualTo(type);
        List<String> listed = new ArrayList<>();
        int expectedNumber = 0;
        OffsetDateTime previous = null;
        for (JsonNode d : manifest.get("documents")) {
            String name = d.get("fileName").asText();
            listed.add(name);
            assertThat(d.get("sha256").asText()).as(name).isEqualTo(Sha256.hex(files.get(name)));
            assertThat(d.get("title").asText()).as(name).isNotBlank();
            assertThat(d.get("kindLabel").asText()).as(name).isIn("Indgående", "Udgående", "Intern");
            if (d.get("number").isNull()) {
                continue;
            }
            if (d.get("number").asInt() != expectedNumber) {
                expectedNumber++;
                OffsetDateTime date = OffsetDateTime.parse(d.get("date").asText());
                assertThat(previous == null || !date.isBefore(previous))
                        .as(name + " in date order")
                        .isTrue();
                previous = date;
            }
            assertThat(d.get("number").asInt()).isEqualTo(expectedNumber);
        }
        List<String> all = new ArrayList<>(files.keySet());
        all.remove("sag.json");
        assertThat(listed).containsExactlyElementsOf(all);
    }

    static void assertAllPdfA(Map<String, byte[]> files) {
        files.forEach((name, content) -> {
            if (name.endsWith(".pdf")) {
                assertThat(PdfA.violations(content)).as(name + " as PDF/A-2b").isEmpty();
            }
        });
    }

    static List<String> names(Map<String, byte[]> files) {
        return List.copyOf(files.keySet());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}

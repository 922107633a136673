package dk.medhearing.document;

import dk.medhearing.calendar.WorkingDayCalendar;
import dk.medhearing.committee.Role;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dk.medhearing.document.ConsolidatedResponseRendererTest.normalized;
import static dk.medhearing.document.ConsolidatedResponseRendererTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

class ConsolidatedDocumentIT extends AbstractProcessTest {

    private static final String MAIN_RESPONSE = """
            Med baggrund i CenterMEDernes høringssvar og HovedMEDs drøftelse af forslaget har HovedMED følgende \
            bemærkninger til forslaget:

            Generel opbakning til forslaget
            HovedMED tilslutter sig den opbakning til forslaget, som CenterMEDerne generelt tilkendegiver.

            Processen ift. personalet og inddragelse af MED
            HovedMED bemærker, at tiden til høringen har været relativt kort.""";
    private static final String AMC_RESPONSE = """
            Vi er i AMC’s CenterMED meget glade for, at der tilføres ressourcer til den virksomhedsrettede indsats.

            De tværgående teams
            Overordnet set er vi enige i modellen med et tæt samarbejde mellem job- og virksomhedskonsulenter.""";
    private static final String AMC_EMPLOYEE_REMARKS = """
            - Man ønsker, at ledelsesansvaret placeres entydigt på et center.
            - Man er ikke enig i prioriteringen af målgrupperne.""";
    private static final String JKU_RESPONSE =
            "CenterMed i Ungecentret støtter prioriteringen af virksomhedskonsulenter.";

    @Autowired
    ConsolidatedDocumentService documents;

    @Autowired
    HearingRepository hearings;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldFreezeTheConsolidatedResponseAsInTheSourceDocument() throws IOException {
        // given a hearing modelled on the 2015 document: AMC with the employee side's remarks, JKU, CBSI missing the
        // deadline after recording its minutes, CKB with no remarks; HovedMED has approved its consolidated response
        String ref = HearingDriver.newReference();
        ProcessInstance hearing = driver.start(ref, List.of("ckb", "cbsi", "jku", "amc"));
        ResponseEntity<String> before = as("admin").getForEntity(url(document(ref, "document.pdf")), String.class);
        driver.respond(ref, "amc", AMC_RESPONSE, AMC_EMPLOYEE_REMARKS);
        driver.respond(ref, "jku", JKU_RESPONSE, null);
        driver.respond(ref, "ckb", null, null);
        driver.scheduleMeeting(ref, "cbsi", driver.person("cbsi", Role.CHAIR));
        driver.recordMinutes(ref, "Task_RecordMinutes", driver.person("cbsi", Role.SECRETARY));
        driver.moveClockTo(driver.now().plusDays(16));
        driver.executeJobs(ref);

        // when HovedMED approves its consolidated response and the process's service task stores the document
        driver.mainCommitteeResponds(ref, MAIN_RESPONSE);
        assertThat(hearing).hasPassed("Task_StoreConsolidatedDocument").isWaitingAt("Task_SubmitToPoliticalCommittee");

        // then it was not there before, and the PDF served has the stored hash and reads as the source document
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(before.getBody()).contains("endnu ikke godkendt og arkiveret");
        StoredDocument stored = documents.find(ref).orElseThrow();
        assertThat(stored.storedBy()).isEqualTo(StoreConsolidatedDocumentDelegate.SYSTEM);
        ResponseEntity<byte[]> served = as("admin").getForEntity(url(document(ref, "document.pdf")), byte[].class);
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(served.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("inline; filename=\"hoeringssvar-" + ref + ".pdf\"");
        assertThat(served.getHeaders().getFirst("X-Content-SHA256"))
                .isEqualTo(stored.sha256())
                .isEqualTo(Sha256.hex(served.getBody()));
        assertThat(normalized(text(served.getBody())))
                .containsSubsequence(
                        "Københavns Kommune",
                        "Beskæftigelses- og Integrationsforvaltningen, Enhed for HR & Service",
                        "HovedMED",
                        "Til Beskæftigelses- og Integrationsudvalget",
                        "J.nr.: " + ref,
                        "HovedMEDs høringssvar på Omlægning af beskæftigelsesindsatsen",
                        "Med baggrund i CenterMEDernes høringssvar og HovedMEDs drøftelse",
                        "Generel opbakning til forslaget",
                        "HovedMED bemærker, at tiden til høringen har været relativt kort.",
                        window(ref),
                        "Bilag: Høringssvar fra CenterMEDerne",
                        "Høringssvar fra AMC",
                        "Mødedato",
                        "Tid",
                        "Kl. 10.00-12.00",
                        "Sted",
                        "Mødelokalet ved Torvet",
                        "Deltagere",
                        "Ledelsessiden",
                        "Anders Friis, Camilla Sand, Erik Møller",
                        "Medarbejdersiden",
                        "Birthe Lund (TR), Dorte Kjær (AMR)",
                        "Afbud",
                        "Ordstyrer",
                        "Anders Friis",
                        "Referent",
                        "Camilla Sand",
                        "Vi er i AMC’s CenterMED meget glade",
                        "De tværgående teams",
                        "Overordnet set er vi enige",
                        "Medarbejderrepræsentanterne har yderligere følgende kommentarer",
                        "- Man ønsker, at ledelsesansvaret placeres entydigt på et center.",
                        "- Man er ikke enig i prioriteringen af målgrupperne.",
                        "Høringssvar fra Ungecentret (JKU)",
                        "Frederik Bach, Henrik Åberg",
                        "Gitte Holst (TR), Ida Skov (AMR)",
                        JKU_RESPONSE,
                        "Høringssvar fra CBSI",
                        "Ordstyrer",
                        "Maja Agu",
                        "Referent",
                        "Rikke Korshøj Andersen",
                        "Intet høringssvar modtaget inden fristen.",
                        "Høringssvar fra CKB",
                        "Bo Juul Jensen",
                        "Judith A. Rasmussen (TR)",
                        "Ingen bemærkninger.");
        assertThat(normalized(text(served.getBody())))
                .contains("Mette Gottlieb (TR), Sandra K. Pedersen (AMR), Birgit Mogensen (TR)")
                .containsOnlyOnce("Medarbejderrepræsentanterne har yderligere følgende kommentarer");
    }

    @Test
    void shouldNeverChangeTheStoredDocument() throws IOException {
        // given a hearing whose approved consolidated response is stored
        String ref = hearingAwaitingSubmission("jku", JKU_RESPONSE, "HovedMED støtter forslaget.");
        StoredDocument first = documents.find(ref).orElseThrow();
        byte[] servedFirst = as("admin")
                .getForEntity(url(document(ref, "document.pdf")), byte[].class)
                .getBody();

        // when a record is edited afterwards and the document is frozen again
        jdbc.sql("update committee_response set response_text = ? where reference = ? and committee = ?")
                .params("Ændret efter godkendelsen.", ref, "jku")
                .update();
        StoredDocument second = documents.freeze(ref, "mads.winther");

        // then the stored and served document is the same, byte for byte, while the preview shows the edit
        ResponseEntity<byte[]> servedAgain = as("admin").getForEntity(url(document(ref, "document.pdf")), byte[].class);
        assertThat(Sha256.hex(servedFirst)).isEqualTo(first.sha256());
        assertThat(servedAgain.getBody()).isEqualTo(servedFirst);
        assertThat(servedAgain.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(first.sha256());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.storedBy()).isEqualTo(first.storedBy());
        assertThat(second.storedAt()).isEqualTo(first.storedAt());
        assertThat(normalized(text(servedAgain.getBody())))
                .contains(JKU_RESPONSE)
                .doesNotContain("Ændret");
        assertThat(as("admin").getForObject(url(document(ref, "document-draft.html")), String.class))
                .contains("Ændret efter godkendelsen.");
    }

    @Test
    void shouldShowMarkupInResponsesAsText() throws IOException {
        // given responses that contain markup
        String ref = hearingAwaitingSubmission(
                "amc", "Vi mener: <script>alert('x')</script> og <b>fed</b>.", "HovedMED skriver <b>fed</b>.");

        // when the document is frozen
        documents.freeze(ref, "karen.holm");

        // then the markup shows literally in the PDF and escaped in the HTML
        byte[] pdf = as("admin")
                .getForEntity(url(document(ref, "document.pdf")), byte[].class)
                .getBody();
        assertThat(normalized(text(pdf)))
                .contains("Vi mener: <script>alert('x')</script> og <b>fed</b>.", "HovedMED skriver <b>fed</b>.");
        ResponseEntity<String> html = as("admin").getForEntity(url(document(ref, "document.html")), String.class);
        assertThat(html.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
        assertThat(html.getHeaders().getFirst("X-Content-SHA256"))
                .isEqualTo(Sha256.hex(html.getBody().getBytes(StandardCharsets.UTF_8)));
        assertThat(html.getBody())
                .contains(
                        "Vi mener: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; og &lt;b&gt;fed&lt;/b&gt;.",
                        "HovedMED skriver &lt;b&gt;fed&lt;/b&gt;.")
                .doesNotContain("<script", "<b>");
    }

    @Test
    void shouldLetOnlyTheRightPeopleRead() {
        // given a hearing of AMC that has just started: nothing approved, nothing stored
        String ref = HearingDriver.newReference();
        driver.start(ref, List.of("amc"));

        // when and then: the preview is for administrators and HovedMED only, the stored document is not there yet;
        // who may not see the hearing at all (the political committee's secretary) is told it does not exist
        assertThat(status("tove.kastrup", document(ref, "document-draft.pdf"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("anders.friis", document(ref, "document-draft.pdf"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("anders.friis").getForObject(url(document(ref, "document-draft.html")), String.class))
                .contains("Kun administratorer og HovedMEDs medlemmer");
        assertThat(status("jens.lykke", document(ref, "document-draft.pdf"))).isEqualTo(HttpStatus.OK);
        assertThat(status("karen.holm", document(ref, "document-draft.html"))).isEqualTo(HttpStatus.OK);
        assertThat(status("admin", document(ref, "document.pdf"))).isEqualTo(HttpStatus.NOT_FOUND);
        HttpHeaders acceptPdf = new HttpHeaders();
        acceptPdf.setAccept(List.of(MediaType.APPLICATION_PDF));
        assertThat(as("admin")
                        .exchange(
                                url(document(ref, "document.pdf")),
                                HttpMethod.GET,
                                new HttpEntity<>(acceptPdf),
                                String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("admin", document("UKENDT-1", "document-draft.pdf"))).isEqualTo(HttpStatus.NOT_FOUND);

        // and once approved and stored: HovedMED and the consulted AMC may read it, others are told it does not exist
        driver.respond(ref, "amc", "AMC støtter forslaget.", null);
        driver.mainCommitteeResponds(ref, "HovedMED støtter forslaget.");
        assertThat(status("anders.friis", document(ref, "document.pdf"))).isEqualTo(HttpStatus.OK);
        assertThat(status("jens.lykke", document(ref, "document.html"))).isEqualTo(HttpStatus.OK);
        assertThat(status("bo.juul.jensen", document(ref, "document.pdf"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("tove.kastrup", document(ref, "document.html"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous
                        .getForEntity(url(document(ref, "document.pdf")), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A hearing of one CenterMED that responded, with HovedMED's consolidated response approved. */
    private String hearingAwaitingSubmission(String committee, String response, String mainResponse) {
        String ref = HearingDriver.newReference();
        ProcessInstance hearing = driver.start(ref, List.of(committee));
        driver.respond(ref, committee, response, null);
        driver.mainCommitteeResponds(ref, mainResponse);
        assertThat(hearing).isWaitingAt("Task_SubmitToPoliticalCommittee");
        return ref;
    }

    private String window(String ref) {
        Hearing hearing = hearings.find(ref).orElseThrow();
        int days = calendar.workingDaysBetween(
                calendar.dateOf(hearing.publishedAt().toInstant()),
                calendar.dateOf(hearing.responseDeadline().toInstant()));
        return "Høringsperioden: " + days + " arbejdsdage fra " + DateTimes.danishDate(hearing.publishedAt()) + " til "
                + DateTimes.danishDate(hearing.responseDeadline());
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(
                as(user).getForEntity(url(path), byte[].class).getStatusCode().value());
    }

    private static String document(String ref, String file) {
        return "/api/hearings/" + ref + "/" + file;
    }

    @Test
    void shouldMailThePdfToTheCommitteeSecretariatOnSubmission() throws Exception {
        // given an approved and stored consolidated response
        String ref = hearingAwaitingSubmission("ckb", null, "HovedMED støtter forslaget.");
        StoredDocument stored = documents.find(ref).orElseThrow();

        // when the administration submits it to the political committee
        driver.complete(
                ref, "Task_SubmitToPoliticalCommittee", "karen.holm", Map.of("journalReference", "BIU-2026-42"));
        driver.executeJobs(ref);

        // then the secretariat gets one mail with the PDF attached, and the API shows the journal number and link
        List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> header(m, "X-Medhearing-Key").equals(ref + "/consolidated-response"))
                .toList();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        InternetAddress to = (InternetAddress) mail.getAllRecipients()[0];
        assertThat(mail.getAllRecipients()).hasSize(1);
        assertThat(to.getAddress()).isEqualTo("biu-sekretariat@example.org");
        assertThat(to.getPersonal()).isEqualTo("Beskæftigelses- og Integrationsudvalget (udvalgssekretariatet)");
        assertThat(mail.getSubject()).contains("HovedMEDs høringssvar", "BIU-2026-42");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        BodyPart pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                pdf = parts.getBodyPart(i);
            }
        }
        assertThat(pdf).isNotNull();
        assertThat(pdf.getFileName()).isEqualTo("hoeringssvar-" + ref + ".pdf");
        assertThat(Sha256.hex(pdf.getInputStream().readAllBytes())).isEqualTo(stored.sha256());
        String status = as("admin").getForObject(url("/api/hearings/" + ref), String.class);
        assertThat(status)
                .contains("\"journalReference\":\"BIU-2026-42\"")
                .contains("\"documentUrl\":\"/api/hearings/" + ref + "/document.pdf\"");
    }

    private static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, null);
            return value == null ? "" : value;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

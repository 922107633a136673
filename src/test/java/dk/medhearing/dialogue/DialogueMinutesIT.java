package dk.medhearing.dialogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.mail.MailText;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.medhearing.document.ConsolidatedResponseRendererTest.normalized;
import static dk.medhearing.document.ConsolidatedResponseRendererTest.text;
import static dk.medhearing.notification.HearingMailIT.attachment;
import static dk.medhearing.notification.HearingMailIT.event;
import static dk.medhearing.notification.HearingMailIT.mails;
import static dk.medhearing.notification.HearingMailIT.recipients;
import static dk.medhearing.notification.HearingMailIT.start;
import static dk.medhearing.support.DialogueDriver.HOST;
import static dk.medhearing.support.DialogueDriver.JOBCENTER;
import static dk.medhearing.support.DialogueDriver.followUp;
import static org.assertj.core.api.Assertions.assertThat;

/** The dialogue meeting's minutes PDF, its mails (GreenMail) and its REST API, as the 2008 meeting would use them. */
class DialogueMinutesIT extends AbstractProcessTest {

    private static final List<String> ALL_PARTICIPANTS = List.of(
            "morten.binder@example.org",
            "ole.christiansen@example.org",
            "michael.kornager@example.org",
            "mette.munk.sauvr@example.org",
            "anne.oesterby@example.org",
            "marie.louise.laursen@example.org",
            "jan.hendeliowitz@example.org",
            "marianne.sumborg@example.org",
            "susanne.hansen@example.org",
            "merete.groenlund@example.org");
    private static final List<String> SEED_MINUTES = List.of(
            "Jobcentret foreslog, at man gør det mere tydeligt i starten af statusnotatet, at jobcentrets resultater"
                    + " skal ses i lyset af den særlige befolkningssammensætning i København.",
            "Beskæftigelsesregionen kvitterede for den positive udvikling i arbejdskraftreserven for begge"
                    + " ydelsesgrupper.",
            "Beskæftigelsesregionen bemærkede, at jobcentret havde et fortsat fald i antallet af unge"
                    + " ydelsesmodtagere.",
            "Beskæftigelsesregionen bemærkede, at jobcentret har haft en pæn fremgang i målene for ny chance"
                    + " indsatsen.",
            "Beskæftigelsesregionen bemærkede, at jobcentret har haft en lille nedgang i det samlede antal"
                    + " sygedagpengeforløb.",
            "Beskæftigelsesregionen opsummerede, at udviklingen går den rigtige vej i Jobcenter København.");

    @Autowired
    DialogueService service;

    @Autowired
    ObjectMapper json;

    private DialogueDriver dialogue;

    @BeforeEach
    void setUpDialogueDriver() {
        dialogue = new DialogueDriver(driver, service);
    }

    @Test
    void shouldMailAndServeApprovedMinutesInTheLayoutOfThe2008Document() throws Exception {
        // given the 2008 meeting held, with the region's and the jobcenter's follow-ups in the minutes
        String ref = DialogueDriver.newReference();
        OffsetDateTime meetingAt = dialogue.meetingAt();
        dialogue.start(ref);
        dialogue.prepare(ref);
        dialogue.holdMeeting(ref, meetingAt);
        LocalDate due = driver.now().toLocalDate().plusDays(21);
        dialogue.recordMinutes(
                ref,
                SEED_MINUTES,
                List.of(
                        followUp(
                                "Tage initiativ til et møde med Tekniq og vende tilbage.",
                                "region",
                                "Jan Hendeliowitz",
                                due,
                                false),
                        followUp("Indføje befolkningssammensætningen i statusnotatet.", "region", null, due, true)));
        ResponseEntity<String> before = as("karen.holm").getForEntity(url(pdfPath(ref)), String.class);

        // when both parties approve
        dialogue.approveByBoth(ref);

        // then the PDF was not there before, and now reads as the source document
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<byte[]> pdf = as(JOBCENTER).getForEntity(url(pdfPath(ref)), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(normalized(text(pdf.getBody())))
                .containsSubsequence(
                        "Beskæftigelsesregion Hovedstaden & Sjælland",
                        "J.nr.: " + ref,
                        "Referat af dialogmøde mellem Jobcenter København og Beskæftigelsesregion Hovedstaden & Sjælland den",
                        "Mødedeltagere:",
                        "Jobcentret:",
                        "Morten Binder (administrerende direktør)",
                        "Ole Christiansen (kontorchef)",
                        "Michael Kornager (arbejdsmarkedschef)",
                        "Mette Munk Sauvr (chefkonsulent)",
                        "Anne Østerby (specialkonsulent)",
                        "Marie Louise Laursen (fuldmægtig)",
                        "Beskæftigelsesregionen:",
                        "Jan Hendeliowitz (regionsdirektør)",
                        "Marianne Sumborg (kontorchef)",
                        "Susanne Hansen (chefkonsulent)",
                        "Merete Grønlund (specialkonsulent)",
                        "Mødets dagsorden:",
                        "Velkomst og godkendelse af dagsordenen",
                        "Arbejdskraftreserven",
                        "Unge på overførselsindkomst",
                        "Ny chance til alle",
                        "Sygedagpengeområdet",
                        "Eventuelt",
                        "Ad dagsordenens punkt 1: Velkomst og godkendelse af dagsordenen",
                        SEED_MINUTES.get(0),
                        "Ad dagsordenens punkt 2: Arbejdskraftreserven",
                        SEED_MINUTES.get(1),
                        "Ad dagsordenens punkt 3: Unge på overførselsindkomst",
                        SEED_MINUTES.get(2),
                        "Ad dagsordenens punkt 4: Ny chance til alle",
                        SEED_MINUTES.get(3),
                        "Ad dagsordenens punkt 5: Sygedagpengeområdet",
                        SEED_MINUTES.get(4),
                        "Ad dagsordenens punkt 6: Eventuelt",
                        SEED_MINUTES.get(5),
                        "Opfølgning",
                        "Tage initiativ til et møde med Tekniq og vende tilbage.",
                        "Beskæftigelsesregion Hovedstaden & Sjælland (Jan Hendeliowitz)",
                        danish(due),
                        "Indføje befolkningssammensætningen i statusnotatet.",
                        "Statusnotatet opdateres.");

        // and every participant, and nobody else, got the minutes as PDF
        List<MimeMessage> minutes = mails(ref, "dialogue-minutes");
        assertThat(recipients(minutes)).containsExactlyInAnyOrderElementsOf(ALL_PARTICIPANTS);
        assertThat(normalized(text(attachment(minutes.get(0), "referat-" + ref + ".pdf"))))
                .contains("Ad dagsordenens punkt 6: Eventuelt");

        // and the API shows participants per party, agenda, status note, minutes and follow-ups
        JsonNode status = json.readTree(as(HOST).getForEntity(url("/api/dialogue-meetings/" + ref), String.class)
                .getBody());
        assertThat(status.at("/state").asText()).isEqualTo("FOLLOW_UP");
        assertThat(status.at("/parties/0/participants").size()).isEqualTo(6);
        assertThat(status.at("/parties/1/participants/0/title").asText()).isEqualTo("regionsdirektør");
        assertThat(status.at("/agenda").size()).isEqualTo(6);
        assertThat(status.at("/statusNotes/0/link").asText()).isEqualTo("https://example.org/statusnotat.pdf");
        assertThat(status.at("/minutes/state").asText()).isEqualTo("APPROVED");
        assertThat(status.at("/followUps/0/state").asText()).isEqualTo("OPEN");
        assertThat(status.at("/followUps/0/responsible").asText())
                .isEqualTo("Beskæftigelsesregion Hovedstaden & Sjælland (Jan Hendeliowitz)");
        assertThat(status.at("/followUps/0/dueDate").asText()).isEqualTo(due.toString());
        assertThat(status.at("/minutesPdf").asText()).isEqualTo(pdfPath(ref));
        JsonNode list = json.readTree(as("karen.holm")
                .getForEntity(url("/api/dialogue-meetings"), String.class)
                .getBody());
        assertThat(list.findValuesAsText("reference")).contains(ref);
        assertThat(as("anders.friis")
                        .getForEntity(url("/api/dialogue-meetings/" + ref), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldInviteWithIcsAndRemindOnlyTheResponsible() throws Exception {
        // given a meeting whose agenda and status note are ready
        String ref = DialogueDriver.newReference();
        OffsetDateTime meetingAt = dialogue.meetingAt();
        dialogue.start(ref);
        dialogue.prepare(ref);

        // then every participant, and nobody else, is invited with the agenda and an .ics at the meeting's time
        List<MimeMessage> invitations = mails(ref, "dialogue-invitation");
        assertThat(recipients(invitations)).containsExactlyInAnyOrderElementsOf(ALL_PARTICIPANTS);
        assertThat(MailText.plainText(invitations.get(0)))
                .contains(
                        "1. Velkomst og godkendelse af" + " dagsordenen",
                        "6. Eventuelt",
                        "https://example.org/statusnotat.pdf");
        VEvent invitation = event(attachment(invitations.get(0), "dialogmoede.ics"));
        assertThat(start(invitation)).isEqualTo(meetingAt.toInstant());

        // when the minutes give Ole Christiansen an action and the jobcenter (no person) another, approved
        dialogue.holdMeeting(ref, meetingAt);
        LocalDate due = driver.now().toLocalDate().plusDays(14);
        dialogue.recordMinutes(
                ref,
                List.of(
                        followUp(
                                "Indføre procedure for aktivering af sygemeldte.",
                                "jobcenter",
                                "Ole Christiansen",
                                due,
                                false),
                        followUp("Sende beregningen af forsørgelsesudgifter.", "jobcenter", null, due, false)));
        dialogue.approveByBoth(ref);

        // and the reminder falls due, then the due date passes with both open
        driver.moveClockTo(due.minusDays(2).atTime(9, 5).atZone(driver.ZONE).toOffsetDateTime());
        driver.executeJobs(ref);
        driver.moveClockTo(due.plusDays(1).atTime(8, 5).atZone(driver.ZONE).toOffsetDateTime());
        driver.executeJobs(ref);

        // then the reminder and the overdue notice go to the responsible person, or the party's own address
        assertThat(recipients(mails(ref, "follow-up-reminder/1"))).containsExactly("ole.christiansen@example.org");
        assertThat(recipients(mails(ref, "follow-up-overdue/1"))).containsExactly("ole.christiansen@example.org");
        assertThat(recipients(mails(ref, "follow-up-reminder/2"))).containsExactly("jobcenter@example.org");
        assertThat(recipients(mails(ref, "follow-up-overdue/2"))).containsExactly("jobcenter@example.org");
        assertThat(mails(ref, "follow-up-overdue/1").get(0).getSubject())
                .startsWith("Fristen er overskredet: opfølgningspunkt 1");
        JsonNode status = json.readTree(as("karen.holm")
                .getForEntity(url("/api/dialogue-meetings/" + ref), String.class)
                .getBody());
        assertThat(status.at("/followUps/0/state").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void shouldStartOverRestForTheAdministrationOnly() throws Exception {
        // when the administration starts a valid meeting
        String ref = DialogueDriver.newReference();
        ResponseEntity<String> created =
                as("karen.holm").postForEntity(url("/api/dialogue-meetings"), body(valid(ref)), String.class);

        // then it is created and waits for its agenda; others may not start one; anonymous callers get 401
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/dialogue-meetings/" + ref);
        assertThat(json.readTree(created.getBody()).at("/state").asText()).isEqualTo("AGENDA_PENDING");
        assertThat(as(JOBCENTER)
                        .postForEntity(
                                url("/api/dialogue-meetings"), body(valid(DialogueDriver.newReference())), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous
                        .getForEntity(url("/api/dialogue-meetings"), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .postForEntity(
                                url("/api/dialogue-meetings"), body(valid(DialogueDriver.newReference())), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "reference missing|reference||reference|Journalnummer skal udfyldes.",
                "reference malformed|reference|BIF 2026|reference|Journalnummeret skal have formen ÅÅ-NNN-NN, fx 07-320-61.",
                "title missing|title||title|Titel skal udfyldes.",
                "time missing|meetingAt||meetingAt|Mødetidspunktet skal udfyldes.",
                "time unreadable|meetingAt|2. juni|meetingAt|Mødetidspunktet skal være en dato og et klokkeslæt",
                "time in the past|meetingAt|2008-06-02T10:00|meetingAt|Mødet skal ligge i fremtiden.",
                "place missing|place||place|Mødested skal udfyldes.",
                "party unknown|party|ministeriet|participants|Ukendt part 'ministeriet' (kendte: jobcenter, region).",
                "no participant of the region|region||participants|Vælg mindst én deltager fra Beskæftigelsesregion Hovedstaden & Sjælland.",
                "participant of the other party|jobcenter|jan.hendeliowitz|participants|'jan.hendeliowitz' er ikke deltager for Jobcenter København."
            })
    void shouldRejectEveryBrokenRuleAndStartNothing(
            String rule, String field, String value, String errorField, String message) throws Exception {
        // given a start that breaks one rule
        String ref = DialogueDriver.newReference();
        Map<String, Object> input = valid(ref);
        @SuppressWarnings("unchecked")
        Map<String, Object> participants = (Map<String, Object>) input.get("participants");
        switch (field) {
            case "party" -> participants.put(value, List.of("morten.binder"));
            case "region" -> participants.put("region", List.of());
            case "jobcenter" -> participants.put("jobcenter", List.of("morten.binder", value));
            default -> input.put(field, value);
        }

        // when it is posted
        ResponseEntity<String> response =
                as("karen.holm").postForEntity(url("/api/dialogue-meetings"), body(input), String.class);

        // then it is refused with the Danish message, and nothing was started or stored
        assertThat(response.getStatusCode()).as(rule).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo(errorField);
            assertThat(e.get("message").asText()).startsWith(message);
        });
        String key = "reference".equals(field) ? value : ref;
        if (key != null) {
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(key)
                            .count())
                    .isZero();
            assertThat(as("karen.holm")
                            .getForEntity(url("/api/dialogue-meetings/" + key), String.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void shouldRefuseAReferenceAlreadyUsed() throws Exception {
        String ref = DialogueDriver.newReference();
        dialogue.start(ref);
        ResponseEntity<String> again =
                as("karen.holm").postForEntity(url("/api/dialogue-meetings"), body(valid(ref)), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("Journalnummeret " + ref + " er allerede brugt af et andet dialogmøde.");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(ref)
                        .count())
                .isEqualTo(1);
    }

    private Map<String, Object> valid(String ref) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("reference", ref);
        input.put("title", "Dialogmøde om jobcentrets resultater");
        input.put("meetingAt", dialogue.meetingAt().toLocalDateTime().toString());
        input.put("place", "Beskæftigelsesregionen");
        input.put("participants", new LinkedHashMap<>(DialogueDriver.SEED_PARTICIPANTS));
        return input;
    }

    private static HttpEntity<String> body(Map<String, Object> input) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(new ObjectMapper().writeValueAsString(input), headers);
    }

    private static String pdfPath(String ref) {
        return "/api/dialogue-meetings/" + ref + "/minutes.pdf";
    }

    private static String danish(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK")));
    }
}

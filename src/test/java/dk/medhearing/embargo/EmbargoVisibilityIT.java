package dk.medhearing.embargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Side;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Embargo by side, through every interface that shows a hearing: until it is published, only administrators and the
 * management side of HovedMED and of the consulted CenterMEDs see it; the employee side (TR, AMR) and other
 * committees get the very 404 of an unknown hearing from the status API, the board and the documents, and no mail.
 */
class EmbargoVisibilityIT extends AbstractProcessTest {

    private static final String SUMMARY = "Forslag om omlægning";
    /** Paths that answer 404 for an unknown hearing; {@code {ref}} is the reference. */
    private static final List<String> HEARING_PATHS = List.of(
            "/api/hearings/{ref}",
            "/status/{ref}",
            "/api/hearings/{ref}/document-draft.pdf",
            "/api/hearings/{ref}/document-draft.html",
            "/api/hearings/{ref}/document.pdf",
            "/api/hearings/{ref}/document.html");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "birthe.lund",
                "dorte.kjaer",
                "gitte.holst",
                "ida.skov",
                "hanne.dahl",
                "peter.krogh",
                "ole.vestergaard",
                "bo.juul.jensen"
            })
    void underEmbargoTheEmployeeSideIsToldTheHearingDoesNotExist(String user) {
        // given a hearing of AMC and JKU under embargo
        String ref = startEmbargoed(List.of("amc", "jku"));

        // when TR, AMR, HovedMED's employee side or another committee's member asks for it anywhere
        // then it is not listed, and every page and document answers as for an unknown hearing
        assertThat(apiList(user)).doesNotContain(ref);
        assertThat(page(user, "/status")).doesNotContain(ref);
        HEARING_PATHS.forEach(path -> assertAnsweredAsUnknown(user, ref, path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "karen.holm",
                "anders.friis",
                "erik.moeller",
                "frederik.bach",
                "jens.lykke",
                "lise.noergaard"
            })
    void underEmbargoAdministratorsAndTheManagementSideSeeIt(String user) {
        // given a hearing of AMC and JKU under embargo
        String ref = startEmbargoed(List.of("amc", "jku"));

        // when an administrator or the management side of a consulted committee or HovedMED asks for it
        ResponseEntity<String> detail = as(user).getForEntity(url("/api/hearings/" + ref), String.class);

        // then the status API, the list, the board and its page show it with its summary
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).contains(SUMMARY);
        assertThat(apiList(user)).contains(ref);
        assertThat(page(user, "/status")).contains(ref);
        assertThat(page(user, "/status/" + ref)).contains("Under embargo");
        // and the archived document is not there yet (said so, not "unknown"); the draft is for HovedMED and admins
        ResponseEntity<String> archived =
                as(user).getForEntity(url("/api/hearings/" + ref + "/document.pdf"), String.class);
        assertThat(archived.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(archived.getBody()).contains("endnu ikke godkendt og arkiveret");
        HttpStatus draft =
                List.of("admin", "karen.holm", "jens.lykke", "lise.noergaard").contains(user)
                        ? HttpStatus.OK
                        : HttpStatus.FORBIDDEN;
        assertThat(status(user, "/api/hearings/" + ref + "/document-draft.pdf")).isEqualTo(draft);
        assertThat(status(user, "/api/hearings/" + ref + "/document-draft.html"))
                .isEqualTo(draft);
    }

    @Test
    void underEmbargoOnlyTheManagementSideGetsMail() {
        // given a hearing of AMC and JKU under embargo, its material mailed
        String ref = startEmbargoed(List.of("amc", "jku"));

        // when the mails of the hearing so far are read
        List<String> recipients = recipients(ref);

        // then they went to the management side of AMC and JKU, and to nobody else
        List<String> management = Stream.of("amc", "jku")
                .flatMap(c -> organisation.requireUnit(c).members().stream())
                .filter(m -> m.side() == Side.MANAGEMENT)
                .map(Member::email)
                .distinct()
                .sorted()
                .toList();
        assertThat(recipients).isNotEmpty().containsExactlyInAnyOrderElementsOf(management);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "birthe.lund",
                "dorte.kjaer",
                "anders.friis",
                "erik.moeller",
                "gitte.holst",
                "ida.skov",
                "hanne.dahl",
                "peter.krogh",
                "jens.lykke"
            })
    void oncePublishedEveryMemberOfTheConsultedCommitteesAndHovedMedSeesIt(String user) {
        // given a hearing of AMC and JKU, published when both centre managers confirmed
        String ref = startEmbargoed(List.of("amc", "jku"));
        confirm(ref, "anders.friis");
        confirm(ref, "frederik.bach");

        // when a member of either side asks for it
        ResponseEntity<String> detail = as(user).getForEntity(url("/api/hearings/" + ref), String.class);

        // then the status API, the list, the board and its page show it
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).contains(SUMMARY);
        assertThat(apiList(user)).contains(ref);
        assertThat(page(user, "/status")).contains(ref);
        assertThat(page(user, "/status/" + ref)).contains("Alle centerchefer bekræftede");
    }

    @Test
    void oncePublishedAnotherCommitteesMemberStillGetsTheUnknownHearings404() {
        // given a hearing of AMC and JKU, published when the embargo ended
        String ref = startEmbargoed(List.of("amc", "jku"));
        driver.moveClockTo(driver.now().plusDays(2).plusMinutes(1));
        driver.executeJobs(ref);

        // when and then: CKB's members see nothing of it
        for (String user : List.of("bo.juul.jensen", "zenia.mortensen")) {
            assertThat(apiList(user)).doesNotContain(ref);
            assertThat(page(user, "/status")).doesNotContain(ref);
            HEARING_PATHS.forEach(path -> assertAnsweredAsUnknown(user, ref, path));
        }
    }

    @Test
    void theArchivedDocumentOfAPublishedHearingIsForEveryMemberOfTheCommittees() {
        // given an embargoed hearing of AMC, published on confirmation, answered and approved to the end
        String ref = startEmbargoed(List.of("amc"));
        confirm(ref, "anders.friis");
        driver.respond(ref, "amc", "AMC støtter forslaget.", "Medarbejdersiden har en bemærkning.");
        driver.mainCommitteeResponds(ref, "HovedMED støtter forslaget.");

        // when and then: both sides of AMC and HovedMED read it; HovedMED's employee side the draft too; CKB nothing
        for (String user : List.of(
                "birthe.lund",
                "dorte.kjaer",
                "anders.friis",
                "hanne.dahl",
                "peter.krogh",
                "jens.lykke",
                "karen.holm")) {
            assertThat(status(user, "/api/hearings/" + ref + "/document.pdf"))
                    .as(user)
                    .isEqualTo(HttpStatus.OK);
            assertThat(status(user, "/api/hearings/" + ref + "/document.html"))
                    .as(user)
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(status("hanne.dahl", "/api/hearings/" + ref + "/document-draft.pdf"))
                .isEqualTo(HttpStatus.OK);
        assertThat(status("birthe.lund", "/api/hearings/" + ref + "/document-draft.pdf"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        HEARING_PATHS.forEach(path -> assertAnsweredAsUnknown("bo.juul.jensen", ref, path));
    }

    /** A hearing of the committees with an embargo that ends in two days, its start's jobs and mails done. */
    private String startEmbargoed(List<String> committees) {
        String ref = HearingDriver.newReference();
        HearingInput plain = HearingDriver.input(ref, committees);
        HearingInput input = new HearingInput(
                plain.reference(),
                plain.title(),
                plain.summary(),
                plain.documentLinks(),
                plain.committees(),
                plain.responseDeadline(),
                plain.orientationMeeting(),
                plain.mainCommitteeMeetingAt(),
                plain.politicalCommitteeMeetingAt(),
                plain.shortWindowJustification(),
                driver.now().plusDays(2).toString());
        assertThat(input.summary()).isEqualTo(SUMMARY);
        driver.as("karen.holm", () -> hearingService.start(input, "karen.holm"));
        driver.executeJobs(ref);
        return ref;
    }

    private void confirm(String ref, String centreManager) {
        Map<String, Object> form = new HashMap<>();
        form.put("staffBriefed", true);
        driver.complete(ref, "Task_ConfirmStaffBriefed", centreManager, form);
        driver.executeJobs(ref);
    }

    /** The answer for the hidden hearing is the answer for an unknown one: status, type and body (but the name). */
    private void assertAnsweredAsUnknown(String user, String ref, String path) {
        String unknown = HearingDriver.newReference();
        ResponseEntity<String> hidden = as(user).getForEntity(url(path.replace("{ref}", ref)), String.class);
        ResponseEntity<String> none = as(user).getForEntity(url(path.replace("{ref}", unknown)), String.class);
        assertThat(none.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getHeaders().getContentType())
                .as(user + " " + path)
                .isEqualTo(none.getHeaders().getContentType());
        assertThat(hidden.getBody().replace(ref, "REF"))
                .as(user + " " + path)
                .isEqualTo(none.getBody().replace(unknown, "REF"));
    }

    private List<String> apiList(String user) {
        ResponseEntity<String> response = as(user).getForEntity(url("/api/hearings"), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            JsonNode list = json.readTree(response.getBody());
            return Stream.iterate(0, i -> i < list.size(), i -> i + 1)
                    .map(i -> list.get(i).get("reference").asText())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(String user, String path) {
        ResponseEntity<String> response = as(user).getForEntity(url(path), String.class);
        assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(
                as(user).getForEntity(url(path), byte[].class).getStatusCode().value());
    }

    /** Every recipient of the hearing's mails so far. */
    private static List<String> recipients(String ref) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> key(m).startsWith(ref + "/"))
                .map(EmbargoVisibilityIT::recipient)
                .sorted()
                .toList();
    }

    private static String key(MimeMessage message) {
        try {
            String[] values = message.getHeader("X-Medhearing-Key");
            return values == null ? "" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

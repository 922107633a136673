package dk.medhearing.web;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's rejected input is one WARN line naming the user, the route and the rule, with no stack trace: neither the
 * engine's "ENGINE-16004" nor the REST layer's "HTTP500" (the output of the shared context is captured; only what
 * this test's requests wrote is looked at).
 */
@ExtendWith(OutputCaptureExtension.class)
class RejectedInputLogIT extends AbstractProcessTest {

    @Test
    void shouldLogARejectedStartFormAsOneWarnLine(CapturedOutput output) {
        // given a start form from Tasklist with a deadline in the past, and a line break in the hearing's title (the
        // form guard refuses that first: a title is one line)
        int before = output.getAll().length();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", HearingDriver.newReference()));
        variables.put("title", Map.of("value", "Titel\nWARN forged line"));
        variables.put("committees", Map.of("value", "[\"amc\"]", "type", "Json"));
        variables.put("responseDeadline", Map.of("value", "2001-01-01T12:00"));
        variables.put("mainCommitteeMeetingAt", Map.of("value", "2001-01-08T12:00"));
        variables.put("politicalCommitteeMeetingAt", Map.of("value", "2001-01-15T12:00"));

        // when karen.holm submits it
        ResponseEntity<String> response = as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/HearingProcess/submit-form"),
                        json(Map.of("variables", variables)),
                        String.class);

        // then she gets 400, and the log has one WARN line about it and no stack trace
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        String written = output.getAll().substring(before);
        List<String> lines =
                written.lines().filter(l -> l.contains("Input rejected")).toList();
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("WARN")
                .contains("user=karen.holm")
                .contains("POST /engine-rest/process-definition/key/HearingProcess/submit-form")
                .contains("title: Feltet 'Forslagets titel' skal stå på én linje (uden linjeskift)."));
        assertThat(written)
                .doesNotContain("ENGINE-16004")
                .doesNotContain("HTTP500")
                .doesNotContain("\tat ")
                .doesNotContainPattern("(?m)^WARN forged line");
    }

    @Test
    void shouldLogARejectedApiRequestAsOneWarnLine(CapturedOutput output) {
        int before = output.getAll().length();

        ResponseEntity<String> response =
                as("karen.holm").getForEntity(url("/api/calendar/add?date=1999-01-01&workingDays=3"), String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        String written = output.getAll().substring(before);
        assertThat(written.lines().filter(l -> l.contains("Input rejected")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("user=karen.holm")
                        .contains("GET /api/calendar/add")
                        .contains("date: Datoen må ikke ligge før år 2000"));
        assertThat(written).doesNotContain("\tat ");
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}

package dk.medhearing.embargo;

import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embargo as Tasklist's start form submits it: a date field and a time field, as every other date-time. */
class EmbargoStartFormIT extends AbstractProcessTest {

    @Autowired
    HearingRepository hearings;

    @Test
    void theStartFormsEmbargoDateAndTimeStartAnEmbargoedHearing() {
        // given the start form with the embargo ending in two days at 09:00 local time
        String ref = HearingDriver.newReference();
        Map<String, Object> variables = startForm(ref);
        OffsetDateTime embargoDay = driver.now().plusDays(2);
        putDateAndTime(variables, "embargoUntil", embargoDay, "09:00");

        // when it is submitted as Tasklist submits it
        ResponseEntity<String> response = submit(variables);

        // then the hearing is under embargo until that local time, the chair confirms, and the fields are gone
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        driver.executeJobs(ref);
        assertThat(hearings.find(ref).orElseThrow().embargoUntil().toInstant())
                .isEqualTo(LocalDateTime.of(embargoDay.toLocalDate(), LocalTime.of(9, 0))
                        .atZone(HearingDriver.ZONE)
                        .toInstant());
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_ConfirmStaffBriefed")
                        .count())
                .isEqualTo(1);
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey("HearingProcess")
                .singleResult()
                .getId();
        assertThat(engine.getRuntimeService().getVariables(instanceId))
                .doesNotContainKeys("embargoUntilDate", "embargoUntilTime");
    }

    @Test
    void anEmbargoTimeWithoutADateIsRefusedNamingTheEmbargo() {
        // given the start form with the embargo's time but not its date
        String ref = HearingDriver.newReference();
        Map<String, Object> variables = startForm(ref);
        variables.put("embargoUntilTime", Map.of("value", "09:00"));

        // when it is submitted
        ResponseEntity<String> response = submit(variables);

        // then the answer is 400 naming the embargo, and nothing was started
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Embargoens udløb skal være en dato og et klokkeslæt");
        assertThat(hearings.find(ref)).isEmpty();
    }

    /** The hearing's start form for AMC, each date-time as a date field and a time field. */
    private Map<String, Object> startForm(String ref) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("reference", Map.of("value", ref));
        variables.put("title", Map.of("value", "Forslag under embargo"));
        variables.put("committees", Map.of("value", "[\"amc\"]", "type", "Json"));
        putDateAndTime(variables, "responseDeadline", driver.now().plusDays(10), "12:00");
        putDateAndTime(variables, "mainCommitteeMeeting", driver.now().plusDays(17), "10:00");
        putDateAndTime(variables, "politicalCommitteeMeeting", driver.now().plusDays(24), "16:00");
        variables.put("shortWindowJustification", Map.of("value", HearingDriver.JUSTIFICATION));
        return variables;
    }

    private static void putDateAndTime(Map<String, Object> variables, String name, OffsetDateTime day, String time) {
        variables.put(name + "Date", Map.of("value", day.toLocalDate().toString()));
        variables.put(name + "Time", Map.of("value", time));
    }

    private ResponseEntity<String> submit(Map<String, Object> variables) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as("karen.holm")
                .postForEntity(
                        url("/engine-rest/process-definition/key/HearingProcess/submit-form"),
                        new HttpEntity<>(Map.of("variables", variables), headers),
                        String.class);
    }
}

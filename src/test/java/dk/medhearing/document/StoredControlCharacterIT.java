package dk.medhearing.document;

import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Text stored before the boundary refused control characters (written straight into our tables here, bypassing every
 * check) still renders: the draft and the archived consolidated response, the dialogue minutes' PDF and their mail.
 * No job fails and no incident is raised.
 */
class StoredControlCharacterIT extends AbstractProcessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConsolidatedDocumentService documents;

    @Autowired
    DialogueService dialogueService;

    @Test
    void shouldRenderAndArchiveAHearingWhoseStoredTextHoldsControlCharacters() {
        // given a hearing whose justification and AMC's response were stored with control characters
        String ref = HearingDriver.newReference();
        ProcessInstance hearing = driver.start(ref, List.of("amc"));
        jdbc.sql("update hearing set short_window_justification = ? where reference = ?")
                .params("Kort frist\u0001 af hensyn til \u001B budgettet\uFFFE", ref)
                .update();
        driver.respond(ref, "amc", "AMC's svar.", "Bemærkninger.");
        jdbc.sql("update committee_response set response_text = ?, employee_remarks = ? where reference = ?")
                .params("AMC\u0002s svar\u001B med \uD800 halv emoji.", "Bemærk\u0085ninger\u007F.", ref)
                .update();

        // when the draft is previewed, and HovedMED approves so the archive job renders the document
        ResponseEntity<byte[]> draft =
                as("admin").getForEntity(url("/api/hearings/" + ref + "/document-draft.pdf"), byte[].class);
        ResponseEntity<String> draftHtml =
                as("admin").getForEntity(url("/api/hearings/" + ref + "/document-draft.html"), String.class);
        driver.mainCommitteeResponds(ref, "HovedMEDs svar.");

        // then the preview is a PDF, the archive job succeeded without an incident, and the stored PDF is served
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(draft.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(draftHtml.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draftHtml.getBody())
                .contains("Kort frist af hensyn til  budgettet")
                .doesNotContain("\u0001");
        assertThat(hearing).hasPassed("Task_StoreConsolidatedDocument").isWaitingAt("Task_SubmitToPoliticalCommittee");
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(hearing.getId())
                        .count())
                .isZero();
        StoredDocument stored = documents.find(ref).orElseThrow();
        // PostgreSQL cannot hold NUL, and its driver writes a lone surrogate as '?': the rest is what both store
        assertThat(stored.html())
                .contains("AMCs svar med ")
                .contains(" halv emoji.")
                .doesNotContain("\u0002", "\u001B");
        assertThat(as("admin")
                        .getForEntity(url("/api/hearings/" + ref + "/document.pdf"), byte[].class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRenderAndSendDialogueMinutesWhoseStoredTextHoldsControlCharacters() {
        // given a held meeting whose agenda item was stored with a control character
        DialogueDriver dialogue = new DialogueDriver(driver, dialogueService);
        String ref = DialogueDriver.newReference();
        dialogue.start(ref);
        dialogue.prepare(ref);
        jdbc.sql("update dialogue_agenda_item set title = ? where reference = ? and number = 2")
                .params("Arbejdskraft\u0001reserven", ref)
                .update();
        dialogue.holdMeeting(ref, dialogue.meetingAt());
        // and minutes with a follow-up whose responsible person was stored with one
        dialogue.recordMinutes(
                ref,
                List.of(DialogueDriver.followUp(
                        "Send opgørelsen",
                        "jobcenter",
                        DialogueDriver.JOBCENTER,
                        LocalDate.now(HearingDriver.ZONE).plusDays(30),
                        false)));
        jdbc.sql("update dialogue_follow_up set responsible_person = ?, description = ? where reference = ?")
                .params("Morten\u0001 Binder", "Send\u000B opgørelsen", ref)
                .update();
        jdbc.sql("update dialogue_minutes_item set discussion = ? where reference = ? and number = 2")
                .params("Drøftet\u0007.", ref)
                .update();
        ProcessInstance meeting = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey("DialogueMeetingProcess")
                .singleResult();

        // when both parties approve and the approved minutes are sent as PDF
        dialogue.approveByBoth(ref);

        // then the sending job succeeded without an incident, and the minutes' PDF is served
        assertThat(meeting).hasPassed("Task_SendApprovedMinutes");
        assertThat(engine.getRuntimeService()
                        .createIncidentQuery()
                        .processInstanceId(meeting.getId())
                        .count())
                .isZero();
        ResponseEntity<byte[]> pdf =
                as("admin").getForEntity(url("/api/dialogue-meetings/" + ref + "/minutes.pdf"), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}

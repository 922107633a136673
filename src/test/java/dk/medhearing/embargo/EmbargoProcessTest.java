package dk.medhearing.embargo;

import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.web.ValidationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** The embargo path of HearingProcess: the management side first, published on all confirmations or at the end. */
class EmbargoProcessTest extends AbstractProcessTest {

    @Autowired
    HearingRepository hearings;

    @Autowired
    EmbargoRepository confirmations;

    private ProcessInstance startEmbargoed(String ref, OffsetDateTime embargoUntil) {
        HearingInput plain = HearingDriver.input(ref, List.of("amc", "jku"));
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
                embargoUntil.toString());
        driver.as("karen.holm", () -> hearingService.start(input, "karen.holm"));
        driver.executeJobs(ref);
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(ref)
                .processDefinitionKey("HearingProcess")
                .singleResult();
    }

    private void confirm(String ref, String centreManager) {
        Map<String, Object> form = new HashMap<>();
        form.put("staffBriefed", true);
        form.put("briefingNote", "Orienteret på personalemødet.");
        driver.complete(ref, "Task_ConfirmStaffBriefed", centreManager, form);
        driver.executeJobs(ref);
    }

    /** Recipients of the mails of a kind ("hearing-opened", "embargo-material/amc") of this hearing. */
    private List<String> recipients(String ref, String kind) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> header(m).startsWith(ref + "/" + kind))
                .map(m -> {
                    try {
                        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted()
                .toList();
    }

    private static String header(MimeMessage m) {
        try {
            String[] values = m.getHeader("X-Medhearing-Key");
            return values == null ? "" : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldPublishWhenEveryCentreManagerHasConfirmed() {
        // given an embargoed hearing of AMC and JKU
        String ref = HearingDriver.newReference();
        ProcessInstance pi = startEmbargoed(ref, driver.now().plusDays(2));

        // then the management sides have the material, each centre manager a task, and no member the hearing
        assertThat(pi).isWaitingAt("Task_ConfirmStaffBriefed");
        assertThat(recipients(ref, "embargo-material/amc"))
                .containsExactly("anders.friis@example.org", "camilla.sand@example.org", "erik.moeller@example.org");
        assertThat(recipients(ref, "hearing-opened")).isEmpty();
        assertThat(driver.committeeInstance(ref, "amc")).isNull();

        // when AMC's centre manager confirms, nothing is published yet
        confirm(ref, "anders.friis");
        assertThat(pi).isWaitingAt("Task_ConfirmStaffBriefed");
        assertThat(recipients(ref, "hearing-opened")).isEmpty();

        // when JKU's centre manager confirms too
        confirm(ref, "frederik.bach");

        // then the hearing is published to every member of both, and the committees' work starts
        assertThat(pi).hasPassed("Task_PublishHearing", "Task_NotifyCommittees");
        assertThat(recipients(ref, "hearing-opened"))
                .hasSize(9)
                .contains("dorte.kjaer@example.org", "ida.skov@example.org");
        assertThat(hearings.embargoRelease(ref).orElseThrow().reason()).isEqualTo("CONFIRMED");
        assertThat(confirmations.forHearing(ref))
                .extracting(EmbargoConfirmation::committee, EmbargoConfirmation::confirmedBy)
                .containsExactlyInAnyOrder(Tuple.tuple("amc", "anders.friis"), Tuple.tuple("jku", "frederik.bach"));
        assertThat(driver.committeeInstance(ref, "amc")).isNotNull();
    }

    @Test
    void shouldPublishWhenTheEmbargoEndsFirst() {
        // given an embargoed hearing where only AMC has confirmed
        String ref = HearingDriver.newReference();
        OffsetDateTime embargoUntil = driver.now().plusDays(2);
        ProcessInstance pi = startEmbargoed(ref, embargoUntil);
        confirm(ref, "anders.friis");
        Job timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(embargoUntil.toInstant());
        assertThat(recipients(ref, "hearing-opened")).isEmpty();

        // when the engine clock passes the embargo's end and its timer job runs
        driver.moveClockTo(embargoUntil.plusMinutes(1));
        engine.getManagementService().executeJob(timer.getId());
        driver.executeJobs(ref);

        // then the hearing is published to all members anyway, JKU's open confirmation is gone, the window counts from
        // now
        assertThat(pi).hasPassed("BoundaryEvent_EmbargoEnds", "Task_PublishHearing", "Task_NotifyCommittees");
        assertThat(recipients(ref, "hearing-opened")).hasSize(9);
        Hearing hearing = hearings.find(ref).orElseThrow();
        assertThat(hearing.publishedAt().toInstant())
                .isEqualTo(embargoUntil.plusMinutes(1).toInstant());
        assertThat(hearings.embargoRelease(ref).orElseThrow().reason()).isEqualTo("EXPIRED");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey("Task_ConfirmStaffBriefed")
                        .count())
                .isZero();
    }

    @Test
    void shouldRefuseAConfirmationWithoutTheTickedBox() {
        // given an embargoed hearing
        String ref = HearingDriver.newReference();
        ProcessInstance pi = startEmbargoed(ref, driver.now().plusDays(2));

        // when AMC's centre manager completes without ticking the box, then it is refused in Danish, nothing stored
        assertThatThrownBy(() ->
                        driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", Map.of("staffBriefed", false)))
                .hasRootCauseInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("Sæt kryds ved, at medarbejderne er orienteret");
        assertThat(confirmations.forHearing(ref)).isEmpty();
        assertThat(pi).isWaitingAt("Task_ConfirmStaffBriefed");
    }

    @Test
    void shouldRefuseAnOverlongNoteAndKeepNothing() {
        // given an embargoed hearing
        String ref = HearingDriver.newReference();
        ProcessInstance pi = startEmbargoed(ref, driver.now().plusDays(2));

        // when the note is longer than allowed, then it is refused naming the rule, and nothing is stored
        Map<String, Object> form = new HashMap<>();
        form.put("staffBriefed", true);
        form.put("briefingNote", "æ".repeat(EmbargoService.MAX_NOTE + 1));
        assertThatThrownBy(() -> driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", form))
                .hasRootCauseInstanceOf(ValidationFailedException.class)
                .hasMessageContaining("Bemærkningen må højst være 1000 tegn.");
        assertThat(confirmations.forHearing(ref)).isEmpty();
        assertThat(pi).isWaitingAt("Task_ConfirmStaffBriefed");
    }

    @Test
    void shouldRefuseAConfirmationThatNamesAnotherCommittee() {
        // given an embargoed hearing
        String ref = HearingDriver.newReference();
        startEmbargoed(ref, driver.now().plusDays(2));

        // when AMC's centre manager also sends another committee
        Map<String, Object> form = new HashMap<>();
        form.put("staffBriefed", true);
        form.put("committee", "jku");

        // then the submission is refused naming the field, and nothing is recorded
        assertThatThrownBy(() -> driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", form))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("committee")));
        assertThat(confirmations.forHearing(ref)).isEmpty();
    }

    @Test
    void shouldRecordTheTasksOwnCommittee() {
        // given an embargoed hearing
        String ref = HearingDriver.newReference();
        startEmbargoed(ref, driver.now().plusDays(2));

        // when AMC's centre manager confirms
        driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", Map.of("staffBriefed", true));

        // then AMC's confirmation is recorded: the committee comes from the process, not from the form
        assertThat(confirmations.forHearing(ref))
                .extracting(EmbargoConfirmation::committee)
                .containsExactly("amc");
    }

    @Test
    void shouldRecordTheTasksOwnCommitteeWhenOtherChairGroupsWereAddedToIt() {
        // given AMC's confirmation task, to which other CenterMEDs' chair groups were added (as Tasklist allows)
        String ref = HearingDriver.newReference();
        startEmbargoed(ref, driver.now().plusDays(2));
        String task = driver.task(ref, "Task_ConfirmStaffBriefed", "amc-chair").getId();
        for (String other : List.of("jku-chair", "jki-chair", "keh-chair", "cab-chair")) {
            engine.getTaskService().addCandidateGroup(task, other);
        }

        // when AMC's centre manager confirms
        driver.complete(ref, "Task_ConfirmStaffBriefed", "anders.friis", Map.of("staffBriefed", true));

        // then the confirmation is AMC's, the committee the process gave the task
        assertThat(confirmations.forHearing(ref))
                .extracting(EmbargoConfirmation::committee)
                .containsExactly("amc");
    }

    @Test
    void shouldRefuseAnEmbargoAfterTheDeadline() {
        // given an embargo that ends after the deadline, then the start is refused naming the field
        String ref = HearingDriver.newReference();
        assertThatThrownBy(() -> startEmbargoed(ref, driver.now().plusDays(30)))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e).errors())
                        .anySatisfy(error -> assertThat(error.field()).isEqualTo("embargoUntil")));
        assertThat(hearings.exists(ref)).isFalse();
    }
}

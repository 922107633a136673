package dk.medhearing.response;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Records name the user who acted, not whoever had claimed the task. */
class ActorIT extends AbstractProcessTest {

    @Autowired
    TaskService taskService;

    @Autowired
    FormService formService;

    @Autowired
    MeetingRepository meetings;

    @Test
    void shouldRecordTheAuthenticatedUserWhoCompletedATaskClaimedBySomeoneElse() {
        // given a meeting task of AMC claimed by the chair, anders.friis
        String reference = HearingDriver.newReference();
        driver.start(reference, List.of("amc"));
        Task task = driver.task(reference, "Task_ScheduleMeeting", "amc-chair");
        driver.as("anders.friis", () -> {
            taskService.claim(task.getId(), "anders.friis");
            return null;
        });

        // when the secretary, camilla.sand, completes it
        String start = driver.now()
                .plusDays(3)
                .withHour(10)
                .withMinute(0)
                .toLocalDateTime()
                .toString();
        driver.as("camilla.sand", () -> {
            formService.submitTaskForm(
                    task.getId(),
                    Map.of("meetingStart", start, "meetingEnd", "12:00", "meetingPlace", "Mødelokalet ved Torvet"));
            return null;
        });

        // then the meeting record names camilla.sand
        assertThat(meetings.find(reference, "amc"))
                .get()
                .extracting(Meeting::scheduledBy)
                .isEqualTo("camilla.sand");
    }
}

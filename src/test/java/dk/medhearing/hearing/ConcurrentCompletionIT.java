package dk.medhearing.hearing;

import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Eight CenterMEDs finish at the same moment: nobody sees an engine conflict, HovedMED gets one task. */
class ConcurrentCompletionIT extends AbstractProcessTest {

    @Test
    void shouldCreateHovedMedsTaskOnceWhenEightCommitteesFinishTogether() throws Exception {
        // given a hearing of all eight CenterMEDs, each with only the vice-chair's approval left
        String ref = HearingDriver.newReference();
        List<String> committees =
                organisation.localCommittees().stream().map(Unit::id).toList();
        assertThat(committees).hasSize(8);
        driver.start(ref, committees);
        for (String committee : committees) {
            driver.scheduleMeeting(ref, committee, driver.person(committee, Role.CHAIR));
            driver.recordMinutes(ref, "Task_RecordMinutes", driver.person(committee, Role.SECRETARY));
            driver.draft(
                    ref, "Task_DraftResponse", driver.person(committee, Role.SECRETARY), committee + " svarer.", null);
            driver.decide(ref, "Task_ApproveResponseAsChair", driver.person(committee, Role.CHAIR), true, null);
        }

        // when the eight vice-chairs complete their tasks from eight threads at once
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (String committee : committees) {
            String viceChair = driver.person(committee, Role.VICE_CHAIR);
            Task task = driver.task(ref, "Task_ApproveResponseAsViceChair", committee + "-vice-chair");
            results.add(pool.submit(() -> {
                start.await();
                Map<String, Object> form = new HashMap<>();
                form.put("decision", "approve");
                driver.as(viceChair, () -> {
                    engine.getTaskService().claim(task.getId(), viceChair);
                    engine.getFormService().submitTaskForm(task.getId(), form);
                    return null;
                });
                return null;
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get(60, TimeUnit.SECONDS); // rethrows anything a caller would have seen
        }
        pool.shutdown();
        // the job executor's work, done by eight threads too; conflicts there are retried, not reported
        runJobsConcurrently();

        // then every committee has submitted and HovedMED's first task exists exactly once
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_RecordMainCommitteeMinutes")
                        .count())
                .isEqualTo(1);
        assertThat(hearingService.overview(ref))
                .extracting(r -> r.get("status"))
                .containsOnly("Modtaget");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .withException()
                        .count())
                .isZero();
    }

    /** Runs the hearing's jobs from several threads, retrying those that lost an optimistic-locking race. */
    private void runJobsConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int round = 0; round < 50; round++) {
            // async continuations only: the deadline timers must not fire
            List<Job> jobs =
                    engine.getManagementService().createJobQuery().messages().list();
            if (jobs.isEmpty()) {
                break;
            }
            List<Future<?>> runs = new ArrayList<>();
            for (Job job : jobs) {
                runs.add(pool.submit(() -> {
                    try {
                        engine.getManagementService().executeJob(job.getId());
                    } catch (OptimisticLockingException retriedByTheJobExecutor) {
                        // the job executor retries such a job without using up a retry; the next round does too
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        }
        pool.shutdown();
    }
}

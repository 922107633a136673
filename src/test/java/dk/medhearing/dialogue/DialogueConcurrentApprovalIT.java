package dk.medhearing.dialogue;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.DialogueDriver;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dk.medhearing.support.DialogueDriver.HOST;
import static dk.medhearing.support.DialogueDriver.JOBCENTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both parties decide on the minutes at the same moment. The moment is made certain: the region's completion is
 * written but not yet committed while the jobcenter's runs, so the two transactions overlap as two simultaneous
 * requests do; whatever both of them wrote would make one of them fail.
 */
class DialogueConcurrentApprovalIT extends AbstractProcessTest {

    @Autowired
    DialogueService service;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DialogueRepository meetings;

    @Test
    void shouldAcceptBothPartiesSendingTheMinutesBackAtTheSameMoment() throws Exception {
        // given minutes awaiting both parties' approval
        DialogueDriver dialogue = new DialogueDriver(driver, service);
        String ref = DialogueDriver.newReference();
        OffsetDateTime meetingAt = dialogue.meetingAt();
        dialogue.start(ref);
        dialogue.prepare(ref);
        dialogue.holdMeeting(ref, meetingAt);
        dialogue.recordMinutes(ref, List.of());

        // when the region sends them back, and the jobcenter too before the region's transaction commits
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch regionWritten = new CountDownLatch(1);
        AtomicReference<Thread> jobcenterThread = new AtomicReference<>();
        AtomicBoolean jobcenterDone = new AtomicBoolean();
        Future<?> region = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            dialogue.decide(ref, HOST, false, "Punkt 2 skal uddybes.");
            regionWritten.countDown();
            awaitBlockedOrDone(jobcenterThread, jobcenterDone);
        }));
        assertThat(regionWritten.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> jobcenter = threads.submit(() -> {
            jobcenterThread.set(Thread.currentThread());
            try {
                dialogue.decide(ref, JOBCENTER, false, "Punkt 3 mangler.");
            } finally {
                jobcenterDone.set(true);
            }
        });

        // then both decisions are accepted (a conflict would be rethrown here) ...
        jobcenter.get(60, TimeUnit.SECONDS);
        region.get(60, TimeUnit.SECONDS);
        threads.shutdown();
        driver.executeJobs(ref);

        // ... both are recorded, and the minutes go back to the region
        int round = meetings.find(ref).orElseThrow().minutesRound();
        assertThat(meetings.approvals(ref))
                .filteredOn(a -> a.round() == round)
                .extracting(DialogueRecords.MinutesApproval::party, DialogueRecords.MinutesApproval::approved)
                .containsExactlyInAnyOrder(Tuple.tuple("jobcenter", false), Tuple.tuple("region", false));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_RecordMinutes")
                        .count())
                .isEqualTo(1);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(ref)
                        .taskDefinitionKey("Task_ApproveMinutes")
                        .count())
                .isZero();
    }

    /**
     * Holds the region's transaction open until the jobcenter's completion has finished, or has waited on a
     * database lock the region holds for a while (then it can only go on once the region commits).
     */
    private static void awaitBlockedOrDone(AtomicReference<Thread> other, AtomicBoolean done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int waitingPolls = 0;
        while (System.nanoTime() < deadline) {
            Thread thread = other.get();
            if (done.get()) {
                return;
            }
            if (thread != null) {
                Thread.State state = thread.getState();
                waitingPolls = state == Thread.State.WAITING
                                || state == Thread.State.TIMED_WAITING
                                || state == Thread.State.BLOCKED
                        ? waitingPolls + 1
                        : 0;
                if (waitingPolls >= 20) {
                    return;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

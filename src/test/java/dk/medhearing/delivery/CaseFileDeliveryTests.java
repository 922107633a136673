package dk.medhearing.delivery;

import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.Ports;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** What tests of case-file delivery, in this module and others (the metrics), do to get a delivery written or failed. */
public final class CaseFileDeliveryTests {

    private CaseFileDeliveryTests() {}

    /** A hearing of one CenterMED, submitted to the political committee: its process has ended, its delivery waits. */
    public static String submittedHearing(HearingDriver driver) {
        String ref = HearingDriver.newReference();
        ProcessInstance hearing = driver.start(ref, List.of("ckb"));
        driver.respond(ref, "ckb", null, null);
        driver.mainCommitteeResponds(ref, "HovedMED støtter forslaget.");
        driver.complete(
                ref, "Task_SubmitToPoliticalCommittee", "karen.holm", Map.of("journalReference", "BIU-2026-42"));
        driver.executeJobs(ref);
        assertThat(hearing).isEnded();
        return ref;
    }

    /**
     * Every due delivery attempted against a case system that never answers (nothing listens on its port), each
     * attempt after the longest backoff, until the last attempt gave each up (FAILED).
     */
    public static void giveUpAllDue(DeliveryRun run, DeliveryProperties properties, HearingDriver driver) {
        Destination down = new HttpDestination(properties.to(
                DeliveryKind.HTTP, null, URI.create("http://127.0.0.1:" + Ports.free() + "/import"), null));
        for (int attempt = 0; attempt < properties.maxAttempts(); attempt++) {
            run.deliverAllDue(down, () -> true);
            driver.moveClockTo(driver.now().plus(properties.maxBackoff()).plusMinutes(1));
        }
    }
}

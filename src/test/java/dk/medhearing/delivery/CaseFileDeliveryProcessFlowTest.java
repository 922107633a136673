package dk.medhearing.delivery;

import dk.medhearing.support.flow.FlowEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * CaseFileDeliveryProcess on its own, fast: the BPMN on an in-memory engine, driven by the module's own
 * {@link DeliveryProcess} and {@link FailedDeliveryIncidents} (the whole path runs in {@link CaseFileDeliveryIT}).
 * Each delivery's instance waits until its own delivery is reported, holds the incident of a failed one, and ends.
 */
@Deployment(resources = "processes/CaseFileDeliveryProcess.bpmn")
class CaseFileDeliveryProcessFlowTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = FlowEngine.extension("casefile-delivery");

    private static final String REFERENCE = "H-2026-001";

    private ProcessEngine engine;
    private DeliveryProcess process;
    private FailedDeliveryIncidents incidents;

    @BeforeEach
    void setUp() {
        engine = FlowEngine.open(extension);
        process = new DeliveryProcess(engine.getRuntimeService(), engine.getIdentityService());
        incidents = new FailedDeliveryIncidents(engine.getRuntimeService(), process);
    }

    @AfterEach
    void tearDown() {
        FlowEngine.reset();
    }

    @AfterAll
    static void closeEngine() {
        FlowEngine.close(extension);
    }

    @Test
    void shouldWaitForItsOwnDeliveryAndEndWhenItIsDelivered() {
        // given two deliveries under the same reference (a hearing's and, in principle, another step's)
        process.start(REFERENCE, "row-1");
        process.start(REFERENCE, "row-2");
        ProcessInstance first = instance("row-1");
        ProcessInstance second = instance("row-2");
        assertThat(first).isWaitingAt(DeliveryProcess.WAITING);
        assertThat(first.getBusinessKey()).isEqualTo(REFERENCE);

        // when the first is delivered
        assertThat(process.delivered("row-1")).contains(first.getId());

        // then only its instance has ended, at "Sagsmappe leveret"
        assertThat(first)
                .hasPassedInOrder(DeliveryProcess.WAITING, "EndEvent_CaseFileDelivered")
                .isEnded();
        assertThat(second).isWaitingAt(DeliveryProcess.WAITING);
        // and a delivery reported again, or one without an instance, changes nothing
        assertThat(process.delivered("row-1")).isEmpty();
        assertThat(process.delivered("row-unknown")).isEmpty();
        assertThat(second).isWaitingAt(DeliveryProcess.WAITING);
    }

    @Test
    void shouldHoldTheIncidentOfAFailedDeliveryOnItsWaitingStepUntilResolved() {
        // given a delivery's instance waiting
        process.start(REFERENCE, "row-1");
        ProcessInstance delivery = instance("row-1");

        // when the delivery is given up
        boolean raised = incidents.raise(failed("row-1"), "ConnectException: Connection refused");

        // then the incident is on the waiting step, with the Danish message naming the case and where to act
        assertThat(raised).isTrue();
        List<Incident> open = engine.getRuntimeService()
                .createIncidentQuery()
                .incidentType(FailedDeliveryIncidents.TYPE)
                .list();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getProcessInstanceId()).isEqualTo(delivery.getId());
        assertThat(open.get(0).getActivityId()).isEqualTo(DeliveryProcess.WAITING);
        assertThat(open.get(0).getConfiguration()).isEqualTo("row-1");
        assertThat(open.get(0).getIncidentMessage())
                .startsWith("Sagsmappen for " + REFERENCE + " kunne ikke leveres til sagssystemet efter 8 forsøg.")
                .contains("/status/sagsmapper", "Connection refused");

        // when it is delivered again and taken
        incidents.resolve("row-1");
        process.delivered("row-1");

        // then no incident is left and the instance has ended; a row without an instance raises none
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(delivery).isEnded();
        assertThat(incidents.raise(failed("row-unknown"), "x")).isFalse();
    }

    private ProcessInstance instance(String rowId) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(DeliveryProcess.PROCESS)
                .variableValueEquals(DeliveryProcess.DELIVERY_ID, rowId)
                .singleResult();
    }

    private static DeliveryRow failed(String rowId) {
        OffsetDateTime now = OffsetDateTime.now();
        return new DeliveryRow(
                rowId,
                CaseFileKind.HEARING,
                REFERENCE,
                CaseFileKind.HEARING.step(),
                null,
                DeliveryRepository.FAILED,
                8,
                now,
                now,
                null,
                null,
                null,
                null,
                "ConnectException: Connection refused");
    }
}

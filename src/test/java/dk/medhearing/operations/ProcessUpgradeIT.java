package dk.medhearing.operations;

import dk.medhearing.support.AbstractProcessTest;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A release in the middle of a hearing (docs/operations.md, "Process upgrades"): a changed CommitteeResponseProcess is
 * deployed while hearings run. A running committee instance stays on its version and finishes there, a hearing
 * started afterwards uses the new one, and a running instance moved with Camunda's migration API finishes on the new
 * one. The test's deployment is removed afterwards, so the other tests run on the shipped process again.
 */
class ProcessUpgradeIT extends AbstractProcessTest {

    private static final String PROCESS = "CommitteeResponseProcess";
    private String upgrade;

    @AfterEach
    void removeUpgrade() {
        if (upgrade != null) {
            engine.getRepositoryService().deleteDeployment(upgrade, true);
        }
    }

    @Test
    void shouldFinishRunningHearingsOnTheirVersionAndNewOnesOnTheNew() {
        // given two running hearings of AMC whose meeting calls are open
        String running = HearingDriver.newReference();
        String migrated = HearingDriver.newReference();
        driver.start(running, List.of("amc"));
        driver.start(migrated, List.of("amc"));
        ProcessDefinition shipped = definitionOf(running);

        // when a changed process (a new description in its documentation, as a compatible release would bring) is
        // deployed under the same key, and one of the running instances is migrated to it
        ProcessDefinition released = deployChanged(shipped);
        MigrationPlan plan = engine.getRuntimeService()
                .createMigrationPlan(shipped.getId(), released.getId())
                .mapEqualActivities()
                .updateEventTriggers()
                .build();
        engine.getRuntimeService()
                .newMigration(plan)
                .processInstanceIds(driver.committeeInstance(migrated, "amc").getId())
                .execute();
        String started = HearingDriver.newReference();
        driver.start(started, List.of("amc"));

        // then the running hearing stays on the shipped version, the migrated and the new one are on the new
        assertThat(released.getVersion()).isEqualTo(shipped.getVersion() + 1);
        assertThat(definitionOf(running).getId()).isEqualTo(shipped.getId());
        assertThat(definitionOf(migrated).getId()).isEqualTo(released.getId());
        assertThat(definitionOf(started).getId()).isEqualTo(released.getId());

        // and all three hearings finish (each from today: finishing one moves the engine clock past its meetings)
        for (String ref : List.of(running, migrated, started)) {
            ClockUtil.reset();
            driver.respond(ref, "amc", "AMC støtter forslaget.", null);
            driver.mainCommitteeResponds(ref, "HovedMED tilslutter sig forslaget.");
            driver.complete(
                    ref,
                    "Task_SubmitToPoliticalCommittee",
                    "karen.holm",
                    Map.of("journalReference", "BIU-2026-" + ref.substring(ref.length() - 4)));
            driver.executeJobs(ref);
            ProcessInstance hearing = engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(ref)
                    .processDefinitionKey("HearingProcess")
                    .singleResult();
            assertThat(hearing).as(ref).isNull();
            assertThat(engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processInstanceBusinessKey(ref)
                            .processDefinitionKey("HearingProcess")
                            .finished()
                            .count())
                    .as(ref)
                    .isEqualTo(1);
        }
    }

    private ProcessDefinition definitionOf(String reference) {
        return engine.getRepositoryService()
                .getProcessDefinition(driver.committeeInstance(reference, "amc").getProcessDefinitionId());
    }

    private ProcessDefinition deployChanged(ProcessDefinition shipped) {
        RepositoryService repository = engine.getRepositoryService();
        BpmnModelInstance model = repository.getBpmnModelInstance(shipped.getId());
        Process process = model.getModelElementById(PROCESS);
        Documentation note = model.newInstance(Documentation.class);
        note.setTextContent("Udgivet midt i en høring (ProcessUpgradeIT).");
        process.getDocumentations().add(note);
        upgrade = repository
                .createDeployment()
                .name("ProcessUpgradeIT")
                .source("ProcessUpgradeIT")
                .addModelInstance("processes/" + PROCESS + ".bpmn", model)
                .deploy()
                .getId();
        return repository
                .createProcessDefinitionQuery()
                .deploymentId(upgrade)
                .processDefinitionKey(PROCESS)
                .singleResult();
    }
}

package dk.medhearing.support;

import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.HearingService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Base of the process tests: the shared Spring context, a driver acting as the real users, the engine clock reset
 * after each test, and the flow nodes each test class reached (for its coverage check; the coverage extension writes
 * its report to {@code target/process-test-coverage/}).
 */
@TestExecutionListeners(
        listeners = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class AbstractProcessTest extends AbstractIntegrationTest {

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected HearingService hearingService;

    @Autowired
    protected Organisation organisation;

    protected HearingDriver driver;

    @BeforeEach
    void setUpDriver() {
        init(engine);
        driver = new HearingDriver(engine, hearingService, organisation, outbox());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Flow nodes of {@code processKey} visited by any instance started under the given business keys. */
    protected Set<String> visited(String processKey, Collection<String> references) {
        Set<String> visited = new HashSet<>();
        for (String reference : references) {
            engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey(processKey)
                    .processInstanceBusinessKey(reference)
                    .list()
                    .forEach(pi -> visited.addAll(driver.visitedActivities(pi.getId())));
        }
        return visited;
    }

    protected Set<String> flowNodes(String processKey) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult()
                .getId();
        BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definitionId);
        return model.getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId)
                .collect(Collectors.toSet());
    }
}

package dk.medhearing.support.flow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine of the fast process tests ({@code *FlowTest}): an in-memory H2 engine without Spring or a web server,
 * every {@code ${bean}} of the BPMN resolved from {@link org.camunda.bpm.engine.test.mock.Mocks}, the job executor off
 * (tests run jobs themselves and move the engine clock, never sleep), Spin for the JSON lists the app stores, and the
 * coverage library's class assertion: each test class must pass at least 90 % of its process's flow nodes and
 * sequence flows (report in {@code target/process-test-coverage/}).
 */
public final class FlowEngine {

    /** What {@code ${mailRetryCycle}} stands for in the mail tasks' retry cycle. */
    public static final String MAIL_RETRY_CYCLE = "R3/PT5M";

    /** Where each test starts the engine clock, so every date a test computes is exact. */
    public static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

    private static final double COVERAGE_AT_LEAST = 0.9;

    private FlowEngine() {}

    /**
     * @param name             a name of its own per test class (the engine's name)
     * @param stubProcessKeys  processes deployed only as stand-ins (a call activity's child): not counted
     */
    public static ProcessEngineCoverageExtension extension(String name, String... stubProcessKeys) {
        ProcessCoverageInMemProcessEngineConfiguration configuration =
                new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("flow-" + name);
        // one in-memory database and one parsed MyBatis mapping (seconds to build) for every fast test class in a JVM;
        // each test's deployment is removed with its instances and jobs after it
        configuration.setJdbcUrl("jdbc:h2:mem:medhearing-flow;DB_CLOSE_DELAY=-1");
        configuration.setUseSharedSqlSessionFactory(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        // no decision tables or cases in our processes: no DMN or CMMN deployers and no metrics
        configuration.setDmnEnabled(false);
        configuration.setCmmnEnabled(false);
        configuration.setMetricsEnabled(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.setDefaultSerializationFormat(Variables.SerializationDataFormats.JSON.getName());
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        return ProcessEngineCoverageExtension.builder(configuration)
                .assertClassCoverageAtLeast(COVERAGE_AT_LEAST)
                .excludeProcessDefinitionKeys(stubProcessKeys)
                .build();
    }

    /**
     * Closes the class's engine from its {@code @AfterAll} (the coverage report, written after it, needs only what it
     * collected), so the Spring tests later in the same JVM see no engine but their own among the registered ones.
     */
    public static void close(ProcessEngineCoverageExtension extension) {
        extension.getProcessEngine().close();
    }

    /**
     * What every fast test does first: the class's engine for camunda-bpm-assert, the clock at {@link #START}, and the
     * mail retry cycle and case-file listener the BPMN names. Register the test's own mocks after it.
     */
    public static ProcessEngine open(ProcessEngineCoverageExtension extension) {
        ProcessEngine engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        startClock();
        Mocks.register("mailRetryCycle", MAIL_RETRY_CYCLE);
        // the end events of HearingProcess and DialogueMeetingProcess write the case file's delivery
        Mocks.register("caseFileDeliveryListener", (ExecutionListener) execution -> {});
        return engine;
    }

    /** What every fast test does last: no mock and no moved clock left for the next. */
    public static void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Sets the engine clock to {@link #START}; the extension resets it after each test. */
    public static void startClock() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    /** A list stored as JSON, as the app stores its multi-instance collections (committees, parties, follow-ups). */
    public static Object jsonList(String... values) {
        return Variables.objectValue(new ArrayList<>(List.of(values)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();
    }

    public static Date inDays(long days) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(days)));
    }

    /** Runs every job that is due now (async continuations, due timers), one at a time, until none is left. */
    public static void executeDueJobs(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        for (int executed = 0; executed < 200; executed++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new AssertionError("jobs keep coming: more than 200 in a row");
    }

    /** The one job waiting at {@code activityId} (a timer or an async continuation). */
    public static Job job(ProcessEngine engine, String activityId) {
        List<Job> jobs = engine.getManagementService()
                .createJobQuery()
                .activityId(activityId)
                .list();
        assertThat(jobs).as("jobs at %s", activityId).hasSize(1);
        return jobs.get(0);
    }

    /** Moves the engine clock to the due date of the timer at {@code activityId} and fires that timer only. */
    public static void fireTimer(ProcessEngine engine, String activityId) {
        Job timer = job(engine, activityId);
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
    }
}

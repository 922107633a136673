package dk.medhearing.bench;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bare engine of s1: the same BPMN and form files, the same engine settings as the product (H2 file, history
 * full, authorization on, strong UUIDs, Spin, history time-to-live), but every delegate and listener expression
 * resolves to a no-op, and the few helper beans the BPMN's expressions call return their input.
 */
final class BareEngine {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

    static ProcessEngine start(Path dbDir, SqlCounter sql, Path repository) {
        return start(dbDir, "bare", sql, repository);
    }

    /**
     * On the H2 file {@code name} in {@code dbDir}. Its job executor (not started) has the product's settings
     * (application.yaml's camunda.bpm.job-execution): 4-8 threads, a queue of 16, 8 jobs an acquisition, 60 s lock.
     */
    static ProcessEngine start(Path dbDir, String name, SqlCounter sql, Path repository) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + dbDir.resolve(name).toAbsolutePath() + Benchmark.h2Settings());
        pool.setMaximumPoolSize(50);
        pool.setUsername("sa");
        pool.setPassword("");
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setProcessEngineName(name.replace("-", ""));
        config.setDataSource(sql.wrap(pool));
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        config.setAuthorizationEnabled(true);
        config.setIdGenerator(new StrongUuidGenerator());
        config.setJobExecutorActivate(false);
        DefaultJobExecutor jobs = new DefaultJobExecutor();
        jobs.setCorePoolSize(4);
        jobs.setMaxPoolSize(8);
        jobs.setQueueSize(16);
        jobs.setMaxJobsPerAcquisition(8);
        jobs.setLockTimeInMillis(60_000);
        jobs.setWaitTimeInMillis(2_000);
        config.setJobExecutor(jobs);
        config.setHistoryTimeToLive("P365D");
        config.setEnforceHistoryTimeToLive(true);
        config.setEnableExpressionsInAdhocQueries(false);
        config.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
        config.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        config.setBeans(beans(repository.resolve("processes")));
        ProcessEngine engine = config.buildProcessEngine();
        deploy(engine, repository);
        return engine;
    }

    /** A no-op for each delegate and listener named in the BPMN files, and stand-ins for the expression helpers. */
    private static Map<Object, Object> beans(Path processes) {
        Map<Object, Object> beans = new HashMap<>();
        NoOp noOp = new NoOp();
        for (Path file : files(processes, ".bpmn")) {
            Matcher m = DELEGATE.matcher(read(file));
            while (m.find()) {
                beans.put(m.group(1), noOp);
            }
        }
        beans.put("hearingDates", new Dates());
        beans.put("hearingSchedule", new Dates());
        beans.put("reminderSchedule", new Dates());
        beans.put("hearingService", new Names());
        beans.put("dialogueDates", new Dates());
        beans.put("committeeMeeting", new Meetings());
        beans.put("mailRetryCycle", "R3/PT5M");
        return beans;
    }

    private static void deploy(ProcessEngine engine, Path repository) {
        DeploymentBuilder deployment =
                engine.getRepositoryService().createDeployment().name("bare").enableDuplicateFiltering(true);
        for (String folder : List.of("processes", "forms")) {
            for (Path file : files(repository.resolve(folder), folder.equals("forms") ? ".form" : ".bpmn")) {
                deployment.addString(folder + "/" + file.getFileName(), read(file));
            }
        }
        deployment.deploy();
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Does nothing, whatever it stands in for. */
    public static final class NoOp implements JavaDelegate, TaskListener, ExecutionListener {
        @Override
        public void execute(DelegateExecution execution) {}

        @Override
        public void notify(DelegateTask task) {}

        @Override
        public void notify(DelegateExecution execution) {}
    }

    /** Stands in for the date helpers of the BPMN's due dates and timers: the date itself, or a day before it. */
    public static final class Dates {
        public Date schedulingDue(Date deadline) {
            return deadline;
        }

        public Date first(Date deadline) {
            return new Date(deadline.getTime() - 2 * 86_400_000L);
        }

        public Date last(Date deadline) {
            return new Date(deadline.getTime() - 86_400_000L);
        }

        public Date firstReminder(Date deadline) {
            return first(deadline);
        }

        public Date finalReminder(Date deadline) {
            return last(deadline);
        }

        public Date embargoEnds(Date embargoUntil) {
            return embargoUntil;
        }

        public Date taskReminder(Date taskDue) {
            return first(taskDue);
        }
    }

    /** Stands in for the meeting's start (the move task's due date): the committee's response deadline. */
    public static final class Meetings {
        public Date startsAt(DelegateExecution execution) {
            return (Date) execution.getVariable("responseDeadline");
        }
    }

    /** Stands in for the committee names of the call activity's input. */
    public static final class Names {
        public String name(String committee) {
            return committee;
        }
    }
}

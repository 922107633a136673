package dk.medhearing.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.medhearing.MedhearingApplication;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.delivery.CaseFileDeliveries;
import dk.medhearing.delivery.CaseFileState;
import dk.medhearing.delivery.DeliveryKind;
import dk.medhearing.delivery.DeliveryProperties;
import dk.medhearing.delivery.DeliveryRun;
import dk.medhearing.hearing.HearingService;
import dk.medhearing.mail.OutboxDelivery;
import dk.medhearing.support.HearingDriver;
import dk.medhearing.support.Ports;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product in this JVM: the real Spring Boot application on its own H2 file, with a GreenMail SMTP server of the
 * benchmark's, its data source counted, and the job executor stopped until a scenario starts it.
 */
final class ProductApp implements AutoCloseable {

    final SqlCounter sql = new SqlCounter();
    final GreenMail smtp;
    final ConfigurableApplicationContext context;
    final ProcessEngine engine;
    final Organisation organisation;
    final HearingService hearings;

    ProductApp(Path dbDir) {
        this(dbDir, Map.of());
    }

    /** With {@code extra} properties winning over the benchmark's (s5: a larger organisation, an engine name). */
    ProductApp(Path dbDir, Map<String, Object> extra) {
        int smtpPort = Ports.free();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, Object> properties = new LinkedHashMap<>();
        // as application.yaml: a commit is on disk when acknowledged; -Dbench.productDatasource=jdbc:postgresql://...
        // (with -Dbench.productDatasourceUser) runs the product on another database, for s3 only (s1 compares with H2)
        properties.put(
                "spring.datasource.url",
                System.getProperty(
                        "bench.productDatasource",
                        "jdbc:h2:file:" + dbDir.resolve("product").toAbsolutePath() + Benchmark.h2Settings()));
        if (System.getProperty("bench.productDatasourceUser") != null) {
            properties.put("spring.datasource.username", System.getProperty("bench.productDatasourceUser"));
            properties.put("spring.datasource.password", "");
        }
        properties.put("server.port", 0);
        properties.put("spring.main.banner-mode", "off");
        properties.put("medhearing.demo.enabled", false);
        properties.put("medhearing.mail.embedded-smtp.enabled", false);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtpPort);
        properties.put("camunda.bpm.job-execution.enabled", true);
        // the integration tests' cached context in the same JVM has the engine "default"; the platform registry
        // allows one engine per name
        properties.put("camunda.bpm.process-engine-name", "bench");
        properties.putAll(extra);
        // as command-line arguments: they win over application.yaml and config/application.yaml
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(MedhearingApplication.class)
                .main(MedhearingApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof DataSource ds && name.equals("dataSource") ? sql.wrap(ds) : bean;
                    }
                }))
                .run(args);
        engine = context.getBean(ProcessEngine.class);
        organisation = context.getBean(Organisation.class);
        hearings = context.getBean(HearingService.class);
        jobExecutor(false);
        mailPoller(false);
    }

    /** The outbox poller of the product, as it runs in production (s3), or off while s1 delivers in its driver. */
    void mailPoller(boolean on) {
        Lifecycle poller = context.getBean("outboxPoller", Lifecycle.class);
        if (on) {
            poller.start();
        } else {
            poller.stop();
        }
    }

    /** Delivers every due mail of the outbox to GreenMail, as the poller would, on the calling thread. */
    void deliverMail() {
        context.getBean(OutboxDelivery.class).deliverAllDue();
    }

    /**
     * Delivers the hearing's case file, if due, and waits until it is delivered or has failed: the delivery (all of a
     * hearing's records rendered as PDF/A into one zip) runs in the background after the hearing's end.
     */
    void awaitCaseFile(String reference) {
        if (context.getBean(DeliveryProperties.class).kind() == DeliveryKind.NONE) {
            return; // switched off: the case file waits, nothing is rendered
        }
        context.getBean(DeliveryRun.class).deliverAllDue();
        CaseFileDeliveries deliveries = context.getBean(CaseFileDeliveries.class);
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            CaseFileState state = deliveries.hearingStates(List.of(reference)).get(reference);
            if (state.settled()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The case file of " + reference + " is still " + state.state());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The base URL of the product's own web server (on a free port). */
    String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    void jobExecutor(boolean on) {
        var executor = configuration().getJobExecutor();
        if (on && !executor.isActive()) {
            executor.start();
        } else if (!on && executor.isActive()) {
            executor.shutdown();
        }
    }

    /** Starts a hearing of the first CenterMEDs as the administration does, through the same service as the API. */
    void startHearing(String reference, int committeeCount) {
        List<String> committees = organisation.localCommittees().stream()
                .map(Unit::id)
                .limit(committeeCount)
                .toList();
        String user = organisation.administration().members().get(0).id();
        engine.getIdentityService().setAuthentication(user, groupsOf(user));
        try {
            hearings.start(HearingDriver.input(reference, committees), user);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** A user for every task group (the first holder of the role), and each such user's groups. */
    HearingRunner.People people() {
        return HearingRunner.People.of(organisation, engine.getIdentityService());
    }

    List<String> groupsOf(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }

    /** Who receives a committee's reminders: its chair, vice-chair, TR and AMR. */
    List<String> remindedAddresses(String committee) {
        return organisation.requireUnit(committee).members().stream()
                .filter(m -> m.has(Role.CHAIR) || m.has(Role.VICE_CHAIR) || m.has(Role.TR) || m.has(Role.AMR))
                .map(Member::email)
                .toList();
    }

    @Override
    public void close() {
        context.close();
        smtp.stop();
    }
}

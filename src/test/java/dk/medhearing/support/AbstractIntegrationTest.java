package dk.medhearing.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.medhearing.MedhearingApplication;
import dk.medhearing.mail.OutboxDelivery;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring configuration all integration tests share, so Spring caches a single context and engine:
 * a real HTTP port (the REST API is tested as clients use it), in-memory H2, job executor off.
 */
@SpringBootTest(classes = MedhearingApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// metrics are exported as in production (Spring Boot's tests switch exporters off otherwise): MetricsIT reads them
@AutoConfigureObservability(tracing = false)
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class AbstractIntegrationTest {

    /** A free port, fixed for this JVM, so the SMTP server can be stopped and started again on it. */
    private static final int SMTP_PORT = Ports.free();

    /** A real SMTP server for every test in this JVM; spring.mail.port points at it. */
    public static final GreenMail SMTP =
            new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestRestTemplate anonymous;

    @Autowired
    private OutboxDelivery outboxDelivery;

    /** Delivers every mail in the outbox that is due now (see {@link OutboxDrain}); returns the attempts made. */
    protected int drainOutbox() {
        return outbox().drain();
    }

    protected OutboxDrain outbox() {
        return new OutboxDrain(outboxDelivery);
    }

    protected TestRestTemplate as(String user) {
        return anonymous.withBasicAuth(user, "demo");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A request body sent as {@code application/json}, exactly as given (broken JSON too). */
    protected static HttpEntity<String> jsonBody(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }
}

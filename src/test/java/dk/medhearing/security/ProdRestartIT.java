package dk.medhearing.security;

import dk.medhearing.MedhearingApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts the {@code prod} profile again and again on one database: no start counts as a failed login of anyone,
 * and users can log in right after each start. The database is a file H2 database in a temporary folder unless
 * {@code medhearing.it.prod-db-url} (with {@code -user}, {@code -password}) points elsewhere, e.g. at PostgreSQL.
 */
class ProdRestartIT {

    private static final String ADMIN_PASSWORD = "restart-test-admin-42";
    private static final String MEMBER_PASSWORD = "Camilla-secret-2026";
    private static final int RESTARTS = Integer.getInteger("medhearing.it.restarts", 10);

    @TempDir
    Path temp;

    @Test
    void shouldNeverCountAStartAsAFailedLogin() throws Exception {
        // given a prod database whose member still holds the demo password from an earlier demo installation
        try (ConfigurableApplicationContext first = start()) {
            setPassword(first, "camilla.sand", MEMBER_PASSWORD);
            setPassword(first, "anders.friis", "demo");
        }

        for (int i = 1; i <= RESTARTS; i++) {
            // when the app starts again
            try (ConfigurableApplicationContext app = start()) {
                // then nobody has a failed attempt or a lock, nobody holds the demo password, and users can log in
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select ID_ from ACT_ID_USER where ATTEMPTS_ > 0 or LOCK_EXP_TIME_ is not null")
                        .query(String.class).list()).as("accounts with failed attempts after start %d", i).isEmpty();
                assertThat(app.getBean(DemoPasswords.class).holders("demo")).isEmpty();
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                assertThat(login(port, "admin", ADMIN_PASSWORD)).as("admin after start %d", i).isEqualTo(200);
                assertThat(login(port, "camilla.sand", MEMBER_PASSWORD)).as("member after start %d", i).isEqualTo(200);
            }
        }
    }

    private ConfigurableApplicationContext start() {
        String url = System.getProperty("medhearing.it.prod-db-url",
                "jdbc:h2:file:" + temp.resolve("prod").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        Map<String, Object> properties = Map.of(
                "MEDHEARING_DB_URL", url,
                "MEDHEARING_DB_USER", System.getProperty("medhearing.it.prod-db-user", "sa"),
                "MEDHEARING_DB_PASSWORD", System.getProperty("medhearing.it.prod-db-password", "restart-test"),
                "MEDHEARING_SMTP_HOST", "127.0.0.1",
                "MEDHEARING_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "server.port", "0",
                "camunda.bpm.job-execution.enabled", "false",
                "spring.jmx.enabled", "false");
        return new SpringApplicationBuilder(MedhearingApplication.class).profiles("prod").properties(properties).run();
    }

    private static void setPassword(ConfigurableApplicationContext app, String userId, String password) {
        IdentityService identity = app.getBean(IdentityService.class);
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }

    private static int login(int port, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/count"))
                .header("Authorization", "Basic " + basic).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

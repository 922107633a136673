package dk.medhearing.security;

import dk.medhearing.MedhearingApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts the {@code prod} profile again and again on one database: no start counts as a failed login of anyone,
 * and users can log in right after each start (the engine's password check, the same call HTTP Basic makes). The database is a file H2 database in a temporary folder unless
 * {@code medhearing.it.prod-db-url} (with {@code -user}, {@code -password}) points elsewhere, e.g. at PostgreSQL.
 */
class ProdRestartIT {

    private static final String ADMIN_PASSWORD = "restart-test-admin-42";
    private static final String MEMBER_PASSWORD = "Camilla-secret-2026";
    private static final int RESTARTS = Integer.getInteger("medhearing.it.restarts", 10);

    @TempDir
    Path temp;

    @Test
    void shouldNeverCountAStartAsAFailedLogin() {
        Set<String> enginesBefore =
                Set.copyOf(ProcessEngines.getProcessEngines().keySet());

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
                                .query(String.class)
                                .list())
                        .as("accounts with failed attempts after start %d", i)
                        .isEmpty();
                assertThat(app.getBean(DemoPasswords.class).holders("demo")).isEmpty();
                IdentityService identity = app.getBean(IdentityService.class);
                assertThat(identity.checkPassword("admin", ADMIN_PASSWORD))
                        .as("admin after start %d", i)
                        .isTrue();
                assertThat(identity.checkPassword("camilla.sand", MEMBER_PASSWORD))
                        .as("member after start %d", i)
                        .isTrue();
            }
        }
        // and the engines of other tests in this JVM are still registered
        assertThat(ProcessEngines.getProcessEngines().keySet()).containsAll(enginesBefore);
    }

    private ConfigurableApplicationContext start() {
        String url = System.getProperty(
                "medhearing.it.prod-db-url",
                "jdbc:h2:file:" + temp.resolve("prod").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        Map<String, Object> properties = Map.of(
                "MEDHEARING_DB_URL", url,
                "MEDHEARING_DB_USER", System.getProperty("medhearing.it.prod-db-user", "sa"),
                "MEDHEARING_DB_PASSWORD", System.getProperty("medhearing.it.prod-db-password", "restart-test"),
                "MEDHEARING_SMTP_HOST", "127.0.0.1",
                "MEDHEARING_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "server.port", "0",
                // its own engine name, so that closing it leaves the shared test context's "default" engine registered
                // (no hyphen: the starter ignores a name with one and calls the engine "default")
                "camunda.bpm.process-engine-name", "prodRestart",
                "camunda.bpm.job-execution.enabled", "false",
                "spring.jmx.enabled", "false");
        return new SpringApplicationBuilder(MedhearingApplication.class)
                .profiles("prod")
                .properties(properties)
                .run();
    }

    private static void setPassword(ConfigurableApplicationContext app, String userId, String password) {
        IdentityService identity = app.getBean(IdentityService.class);
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }
}

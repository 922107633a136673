package dk.medhearing.deployment;

import dk.medhearing.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema on the database this run uses: H2 in the default Failsafe run, PostgreSQL in the postgresql run
 * ({@code medhearing.test.database} names the one expected). Every Flyway migration applied, and Camunda's schema of
 * the engine's version.
 */
class DatabaseSchemaIT extends AbstractIntegrationTest {

    private static final String ENGINE_VERSION = "7.24.0";

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    ManagementService managementService;

    @Test
    void shouldRunOnTheDatabaseThisRunIsFor() throws SQLException {
        // given the database the Failsafe execution names
        String expected = System.getProperty("medhearing.test.database", "H2");

        // when the app's data source is asked, then it is that product
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }

    @Test
    void shouldHaveAppliedEveryMigrationSuccessfully() throws IOException {
        // given every migration file in the jar
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
        List<String> versions = Arrays.stream(files)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> name.substring(1, name.indexOf("__")))
                .sorted()
                .toList();
        assertThat(versions).isNotEmpty();

        // when Flyway's history is read, then each is applied and none failed or is pending
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(Arrays.stream(applied)
                        .filter(info ->
                                info.getVersion() != null && info.getScript().endsWith(".sql"))
                        .map(info -> info.getVersion().getVersion())
                        .sorted()
                        .toList())
                .isEqualTo(versions);
        assertThat(applied)
                .allMatch(info ->
                        info.getState() == MigrationState.SUCCESS || info.getState() == MigrationState.BASELINE);
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void shouldHaveCamundasSchemaOfTheEngineVersion() {
        // given the engine's own tables
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        // when Camunda's schema properties and table counts are read
        List<String> schemaVersions = jdbc.queryForList("select version_ from act_ge_schema_log", String.class);

        // then the schema was created (or updated) for this engine version, and runtime, history, repository and
        // identity tables exist
        assertThat(schemaVersions).contains(ENGINE_VERSION);
        assertThat(managementService.getTableCount())
                .containsKeys(
                        "ACT_RU_JOB",
                        "ACT_RU_EXECUTION",
                        "ACT_HI_PROCINST",
                        "ACT_RE_DEPLOYMENT",
                        "ACT_ID_USER",
                        "ACT_GE_BYTEARRAY");
        assertThat(managementService.getTableCount()).hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'HearingProcess'", Long.class))
                .isPositive();
    }
}

package dk.medhearing.kit;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Our tables' Flyway migrations run as the start's background work ({@link StartupWork}) instead of on the thread
 * creating the beans. Nothing reads or writes our tables while the beans are created: requests, jobs, the mail
 * outbox and the demo hearing all begin after the start's work is done, so they find every migration applied, and
 * a migration that fails still fails the start.
 */
@Component
class BackgroundMigrations implements FlywayMigrationStrategy {

    private final StartupWork startupWork;

    BackgroundMigrations(StartupWork startupWork) {
        this.startupWork = startupWork;
    }

    @Override
    public void migrate(Flyway flyway) {
        startupWork.submit("database migrations", flyway::migrate);
    }
}

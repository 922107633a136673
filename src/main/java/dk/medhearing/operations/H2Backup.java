package dk.medhearing.operations;

import dk.medhearing.kit.EngineClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * A consistent backup of the embedded H2 database while the app runs: H2's own {@code BACKUP TO}, which copies the
 * database file as of one moment into a zip, while users go on working. Restoring is unzipping it into an empty
 * {@code ./data} of a stopped app (docs/operations.md). On PostgreSQL the operator's {@code pg_dump} does this.
 */
@Component
class H2Backup {

    record Backup(String file, long bytes, String sha256) {}

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BackupProperties properties;
    private final EngineClock clock;

    H2Backup(DataSource dataSource, JdbcClient jdbc, BackupProperties properties, EngineClock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    boolean supported() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName())
                    && !connection.getMetaData().getURL().startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's kind", e);
        }
    }

    /** Writes {@code medhearing-<time>.zip} into the backup folder; the name is ours, never the client's. */
    Backup write() {
        try {
            Files.createDirectories(properties.folder());
            Path file = properties
                    .folder()
                    .resolve("medhearing-" + NAME.format(clock.now()) + ".zip")
                    .toAbsolutePath()
                    .normalize();
            jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
            return new Backup(file.toString(), Files.size(file), sha256(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

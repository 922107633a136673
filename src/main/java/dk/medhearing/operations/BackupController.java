package dk.medhearing.operations;

import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.ActionHeader;
import dk.medhearing.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/operations/backup}: an administrator takes a backup of the embedded database while it runs. */
@Tag(name = "Drift")
@RestController
class BackupController {

    private final H2Backup backup;
    private final AccessPolicy access;

    BackupController(H2Backup backup, AccessPolicy access) {
        this.backup = backup;
        this.access = access;
    }

    @Operation(
            summary = "Tag en backup af den indbyggede database, mens den kører (administratorer)",
            description = "Kræver headeren X-Medhearing-Action: backup. Svarer 201 med filens sti, størrelse og "
                    + "SHA-256; 409 på PostgreSQL, hvor backup tages med pg_dump.")
    @PostMapping(value = "/api/operations/backup", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<H2Backup.Backup> backup(
            HttpServletRequest request, @RequestHeader(value = ActionHeader.NAME, required = false) String action) {
        access.requireAdministrator(CurrentUser.of(request));
        ActionHeader.require(action, "backup", "tage en backup");
        if (!backup.supported()) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Databasen er ikke den indbyggede H2-fil: tag "
                            + "backup med databasens eget værktøj (PostgreSQL: pg_dump, se docs/operations.md).");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(backup.write());
    }
}

package dk.medhearing.casefile;

import dk.medhearing.hearing.HearingVisibility;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/hearings/{reference}/sagsmappe.zip} and {@code GET /api/dialogue-meetings/{reference}/sagsmappe.zip}:
 * the case file, for the administration only (it answers requests for access and journals the case). Whoever else
 * asks, and whoever may not see the hearing ({@link HearingVisibility}, the one rule), is told that the case does
 * not exist, exactly as for an unknown one.
 */
@Tag(name = "Sagsmappe")
@RestController
class CaseFileController {

    static final String SHA256_HEADER = "X-Content-SHA256";

    private final CaseFileService service;
    private final HearingVisibility visibility;
    private final AccessPolicy access;

    CaseFileController(CaseFileService service, HearingVisibility visibility, AccessPolicy access) {
        this.service = service;
        this.visibility = visibility;
        this.access = access;
    }

    @Operation(
            summary = "Høringens sagsmappe som zip (administrationen)",
            description = "Aktliste, alle akter som PDF/A, forsendelseslog (PDF og CSV) og sag.json. 404, hvis "
                    + "høringen ikke findes eller ikke må ses.")
    @GetMapping("/api/hearings/{reference}/sagsmappe.zip")
    public ResponseEntity<byte[]> hearing(@PathVariable String reference, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        var hearing = service.hearing(reference);
        if (!access.isAdministrator(user) || !visibility.maySee(user, hearing)) {
            throw new NotFoundException("Høringen " + hearing.reference() + " findes ikke");
        }
        return zip(service.hearingCaseFile(hearing.reference()));
    }

    @Operation(
            summary = "Dialogmødets sagsmappe som zip (administrationen)",
            description = "Aktliste, alle akter som PDF/A, forsendelseslog (PDF og CSV) og sag.json. 404, hvis "
                    + "dialogmødet ikke findes eller ikke må ses.")
    @GetMapping("/api/dialogue-meetings/{reference}/sagsmappe.zip")
    public ResponseEntity<byte[]> dialogueMeeting(@PathVariable String reference, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        var meeting = service.dialogueMeeting(reference);
        if (!access.isAdministrator(user)) {
            throw new NotFoundException("Dialogmødet " + meeting.reference() + " findes ikke");
        }
        return zip(service.dialogueCaseFile(meeting.reference()));
    }

    private static ResponseEntity<byte[]> zip(CaseFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(SHA256_HEADER, file.sha256())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(file.zip());
    }
}

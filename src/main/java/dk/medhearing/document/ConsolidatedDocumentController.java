package dk.medhearing.document;

import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.HearingVisibility;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * {@code /api/hearings/{reference}/document.pdf|html}: the frozen consolidated response, for those who may see the
 * hearing ({@link HearingVisibility}). {@code document-draft.pdf|html}: a live preview from the current records, for
 * administrators and HovedMED's members who may see the hearing. Others are told the hearing does not exist.
 */
@Tag(name = "Høringer")
@RestController
@RequestMapping("/api/hearings/{reference}")
class ConsolidatedDocumentController {

    static final String SHA256_HEADER = "X-Content-SHA256";
    /** The document is self-contained: it needs its inline styles and nothing else, and runs no script. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ConsolidatedDocumentService documents;
    private final HearingRepository hearings;
    private final HearingVisibility visibility;
    private final AccessPolicy access;
    private final Organisation organisation;

    ConsolidatedDocumentController(
            ConsolidatedDocumentService documents,
            HearingRepository hearings,
            HearingVisibility visibility,
            AccessPolicy access,
            Organisation organisation) {
        this.documents = documents;
        this.hearings = hearings;
        this.visibility = visibility;
        this.access = access;
        this.organisation = organisation;
    }

    @Operation(
            summary = "Det arkiverede samlede høringssvar som PDF",
            description = "Med X-Content-SHA256; 404, indtil det er arkiveret.")
    @GetMapping("/document.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String reference, HttpServletRequest request) {
        return stored(reference, request, MediaType.APPLICATION_PDF, "pdf", StoredDocument::pdf);
    }

    @Operation(summary = "Det arkiverede samlede høringssvar som HTML")
    @GetMapping("/document.html")
    public ResponseEntity<byte[]> html(@PathVariable String reference, HttpServletRequest request) {
        return stored(reference, request, HTML, "html", d -> d.html().getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "Udkast til det samlede høringssvar som PDF (administrationen og HovedMED)")
    @GetMapping("/document-draft.pdf")
    public ResponseEntity<byte[]> draftPdf(@PathVariable String reference, HttpServletRequest request) {
        return draft(reference, request, MediaType.APPLICATION_PDF, "pdf", documents::previewPdf);
    }

    @Operation(summary = "Udkast til det samlede høringssvar som HTML (administrationen og HovedMED)")
    @GetMapping("/document-draft.html")
    public ResponseEntity<byte[]> draftHtml(@PathVariable String reference, HttpServletRequest request) {
        return draft(reference, request, HTML, "html", ref -> documents
                .previewHtml(ref)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The stored document; a user who may not see the hearing is told it does not exist, as by the status API. */
    private ResponseEntity<byte[]> stored(
            String path,
            HttpServletRequest request,
            MediaType type,
            String extension,
            Function<StoredDocument, byte[]> content) {
        String reference = InputRules.normaliseReference(path);
        visibleHearing(reference, CurrentUser.of(request));
        StoredDocument document = documents
                .find(reference)
                .orElseThrow(() -> new NotFoundException(
                        "Det samlede høringssvar for høringen " + reference + " er endnu ikke godkendt og arkiveret"));
        byte[] body = content.apply(document);
        return ResponseEntity.ok()
                .contentType(type)
                .headers(headers(reference, extension, body))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(body);
    }

    private ResponseEntity<byte[]> draft(
            String path,
            HttpServletRequest request,
            MediaType type,
            String extension,
            Function<String, byte[]> content) {
        String reference = InputRules.normaliseReference(path);
        CurrentUser user = CurrentUser.of(request);
        visibleHearing(reference, user);
        if (!access.isAdministrator(user)
                && !user.inGroup(organisation.mainCommittee().id())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Kun administratorer og HovedMEDs medlemmer kan se udkastet til det samlede høringssvar");
        }
        byte[] body = content.apply(reference);
        return ResponseEntity.ok()
                .contentType(type)
                .headers(headers(reference + "-udkast", extension, body))
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    /** A user who may not see the hearing (embargo included) is told it does not exist, as by the status API. */
    private void visibleHearing(String reference, CurrentUser user) {
        hearings.find(reference)
                .filter(h -> visibility.maySee(user, h))
                .orElseThrow(() -> new NotFoundException("Høringen " + reference + " findes ikke"));
    }

    private static HttpHeaders headers(String name, String extension, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(SHA256_HEADER, Sha256.hex(body));
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.setContentDisposition(ContentDisposition.inline()
                .filename("hoeringssvar-" + name.replaceAll("[^A-Za-z0-9._-]", "-") + "." + extension)
                .build());
        return headers;
    }
}

package dk.medhearing.dialogue.api;

import dk.medhearing.dialogue.DialogueInput;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueService;
import dk.medhearing.dialogue.minutes.DialogueMinutesDocument;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** {@code /api/dialogue-meetings}: start a dialogue meeting, list them, one meeting, its approved minutes as PDF. */
@Tag(name = "Dialogmøder")
@RestController
@RequestMapping("/api/dialogue-meetings")
class DialogueController {

    private final DialogueService service;
    private final DialogueQueries queries;
    private final DialogueMinutesDocument document;
    private final AccessPolicy access;

    public DialogueController(
            DialogueService service, DialogueQueries queries, DialogueMinutesDocument document, AccessPolicy access) {
        this.service = service;
        this.queries = queries;
        this.document = document;
        this.access = access;
    }

    @Operation(summary = "Start et dialogmøde (administrationen)")
    @PostMapping
    public ResponseEntity<DialogueStatus> start(@RequestBody DialogueInput input, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        DialogueMeeting meeting = service.start(input, user.id());
        return ResponseEntity.created(URI.create("/api/dialogue-meetings/" + meeting.reference()))
                .body(queries.get(meeting.reference(), user));
    }

    @Operation(summary = "De dialogmøder, brugeren må se")
    @GetMapping
    public List<DialogueStatus> list(HttpServletRequest request) {
        return queries.list(CurrentUser.of(request));
    }

    @Operation(summary = "Ét dialogmøde: deltagere, dagsorden, referat og opfølgning")
    @GetMapping("/{reference}")
    public DialogueStatus get(@PathVariable String reference, HttpServletRequest request) {
        return queries.get(reference, CurrentUser.of(request));
    }

    /** The approved minutes; 404 until both parties have approved them. */
    @Operation(summary = "Det godkendte referat som PDF", description = "404, indtil begge parter har godkendt.")
    @GetMapping("/{reference}/minutes.pdf")
    public ResponseEntity<byte[]> minutes(@PathVariable String reference, HttpServletRequest request) {
        DialogueMeeting meeting = queries.require(reference, CurrentUser.of(request));
        if (meeting.minutesApprovedAt() == null) {
            throw new NotFoundException("Referatet af dialogmødet " + reference + " er endnu ikke godkendt");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("referat-" + reference + ".pdf")
                                .build()
                                .toString())
                .body(document.pdf(reference));
    }
}

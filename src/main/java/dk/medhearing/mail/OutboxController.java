package dk.medhearing.mail;

import dk.medhearing.kit.EngineClock;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.ActionHeader;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Locale;

/**
 * The outbox for administrators: {@code GET /api/mail-outbox?state=FAILED} (JSON; also PENDING and SENT),
 * {@code POST /api/mail-outbox/{id}/retry} (a FAILED mail is tried again, its incident resolved); the page is
 * {@link OutboxPage}.
 */
@Tag(name = "Drift")
@Controller
class OutboxController {

    /** Mails per page of the outbox API unless the request asks for fewer; at most {@link #MAX_PAGE}. */
    static final int PAGE = 100;

    static final int MAX_PAGE = 500;

    private final OutboxRepository repository;
    private final FailedMailIncidents incidents;
    private final AccessPolicy access;
    private final EngineClock clock;

    OutboxController(
            OutboxRepository repository, FailedMailIncidents incidents, AccessPolicy access, EngineClock clock) {
        this.repository = repository;
        this.incidents = incidents;
        this.access = access;
        this.clock = clock;
    }

    @Operation(summary = "Mails i udbakken i en tilstand, ældste først (administratorer)")
    @GetMapping(value = "/api/mail-outbox", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<OutboxMail> list(
            HttpServletRequest request,
            @RequestParam(defaultValue = "FAILED") String state,
            @RequestParam(defaultValue = "0") String offset,
            @RequestParam(defaultValue = "" + PAGE) String limit) {
        access.requireAdministrator(CurrentUser.of(request));
        int from = number("offset", offset, 0, Integer.MAX_VALUE);
        int size = number("limit", limit, 1, MAX_PAGE);
        String wanted = state.toUpperCase(Locale.ROOT);
        if (!List.of(OutboxRepository.PENDING, OutboxRepository.SENT, OutboxRepository.FAILED)
                .contains(wanted)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST,
                    "state skal være FAILED, PENDING eller SENT"
                            + (state.length() <= 20 ? " (ikke \"" + state + "\")." : "."));
        }
        return repository.inState(wanted, from, size);
    }

    /** A paging parameter as a whole number in its range, or a Danish 400 naming it. */
    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ResponseStatusException(
                HttpStatus.BAD_REQUEST,
                name + " skal være et helt tal fra " + min
                        + (max == Integer.MAX_VALUE ? " og opefter." : " til " + max + "."));
    }

    @Operation(
            summary = "Send en mail, der ikke kunne sendes, igen (administratorer)",
            description = "Kræver headeren X-Medhearing-Action: retry; 409, hvis mailen ikke er FAILED.")
    @PostMapping(value = "/api/mail-outbox/{id}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    OutboxMail retry(
            HttpServletRequest request,
            @PathVariable String id,
            @RequestHeader(value = ActionHeader.NAME, required = false) String action) {
        access.requireAdministrator(CurrentUser.of(request));
        ActionHeader.require(action, "retry", "sende mailen igen");
        OutboxMail mail = repository
                .find(id)
                .orElseThrow(() -> new NotFoundException("Mailen findes ikke" + (id.length() <= 40 ? ": " + id : ".")));
        if (!repository.retry(id, clock.now())) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Mailen kan kun sendes igen, når den er fejlet (den er " + mail.state() + ").");
        }
        incidents.resolve(id);
        return repository.find(id).orElseThrow();
    }
}

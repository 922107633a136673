package dk.medhearing.delivery;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/casefile-deliveries/{id}/retry}: a FAILED case file is delivered again (administrators). */
@Tag(name = "Drift")
@Controller
class DeliveryController {

    private final DeliveryRepository repository;
    private final FailedDeliveryIncidents incidents;
    private final AccessPolicy access;
    private final EngineClock clock;

    DeliveryController(
            DeliveryRepository repository, FailedDeliveryIncidents incidents, AccessPolicy access, EngineClock clock) {
        this.repository = repository;
        this.incidents = incidents;
        this.access = access;
        this.clock = clock;
    }

    @Operation(
            summary = "Lever en sagsmappe, der ikke kunne leveres, igen (administratorer)",
            description = "Kræver headeren X-Medhearing-Action: retry; 409, hvis leveringen ikke er FAILED.")
    @PostMapping(value = "/api/casefile-deliveries/{id}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    DeliveryRow retry(
            HttpServletRequest request,
            @PathVariable String id,
            @RequestHeader(value = ActionHeader.NAME, required = false) String action) {
        access.requireAdministrator(CurrentUser.of(request));
        ActionHeader.require(action, "retry", "levere sagsmappen igen");
        DeliveryRow row = repository
                .find(id)
                .orElseThrow(
                        () -> new NotFoundException("Leveringen findes ikke" + (id.length() <= 40 ? ": " + id : ".")));
        if (!repository.retry(id, clock.now())) {
            throw new ResponseStatusException(
                    HttpStatus.CONFLICT,
                    "Sagsmappen kan kun leveres igen, når leveringen er fejlet (den er " + row.state() + ").");
        }
        incidents.resolve(id);
        return repository.find(id).orElseThrow();
    }
}

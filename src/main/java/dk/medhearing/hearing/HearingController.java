package dk.medhearing.hearing;

import dk.medhearing.schedule.ScheduleView;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.InputRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** {@code /api/hearings}: start a hearing, list hearings, one hearing's state per committee. */
@Tag(name = "Høringer")
@RestController
@RequestMapping("/api/hearings")
class HearingController {

    private final HearingService service;
    private final HearingQueries queries;
    private final AccessPolicy access;
    private final SchedulePreview preview;

    HearingController(HearingService service, HearingQueries queries, AccessPolicy access, SchedulePreview preview) {
        this.preview = preview;
        this.service = service;
        this.queries = queries;
        this.access = access;
    }

    @Operation(
            summary = "Start en høring (administrationen)",
            description =
                    "Svarer 201 med høringens status og Location; 400 med hver brudt regel; intet startes ved fejl.")
    @PostMapping
    public ResponseEntity<HearingStatus> start(@RequestBody HearingInput input, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        Hearing hearing = service.start(input, user.id());
        return ResponseEntity.created(URI.create("/api/hearings/" + hearing.reference()))
                .body(queries.get(hearing.reference(), user));
    }

    /** Every date the hearing would follow, its working days, warnings and broken rules; starts nothing. */
    @Operation(
            summary = "Vis høringens tidsplan uden at starte den (administrationen)",
            description = "Samme indhold som ved start: alle datoer, arbejdsdage, advarsler og brudte regler.")
    @PostMapping("/schedule")
    public ScheduleView schedule(@RequestBody HearingInput input, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        return preview.preview(input, user.id());
    }

    @Operation(summary = "De høringer, brugeren må se")
    @GetMapping
    public List<HearingStatus> list(HttpServletRequest request) {
        return queries.list(CurrentUser.of(request));
    }

    @Operation(
            summary = "Én høring med hvert udvalgs tilstand",
            description =
                    "Referencen skelner ikke mellem store og små bogstaver. 404, hvis den ikke findes eller ikke må ses.")
    @GetMapping("/{reference}")
    public HearingStatus get(@PathVariable String reference, HttpServletRequest request) {
        return queries.get(InputRules.normaliseReference(reference), CurrentUser.of(request));
    }
}

package dk.medhearing.hearing;

import dk.medhearing.hearing.SchedulePreview;
import dk.medhearing.schedule.ScheduleView;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.InputRules;
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
@RestController
@RequestMapping("/api/hearings")
class HearingController {

    private final HearingService service;
    private final HearingQueries queries;
    private final AccessPolicy access;
    private final SchedulePreview preview;

    HearingController(HearingService service, HearingQueries queries, AccessPolicy access,
                             SchedulePreview preview) {
        this.preview = preview;
        this.service = service;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<HearingStatus> start(@RequestBody HearingInput input, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        Hearing hearing = service.start(input, user.id());
        return ResponseEntity.created(URI.create("/api/hearings/" + hearing.reference()))
                .body(queries.get(hearing.reference(), user));
    }

    /** Every date the hearing would follow, its working days, warnings and broken rules; starts nothing. */
    @PostMapping("/schedule")
    public ScheduleView schedule(@RequestBody HearingInput input, HttpServletRequest request) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        return preview.preview(input, user.id());
    }

    @GetMapping
    public List<HearingStatus> list(HttpServletRequest request) {
        return queries.list(CurrentUser.of(request));
    }

    @GetMapping("/{reference}")
    public HearingStatus get(@PathVariable String reference, HttpServletRequest request) {
        return queries.get(InputRules.normaliseReference(reference), CurrentUser.of(request));
    }
}

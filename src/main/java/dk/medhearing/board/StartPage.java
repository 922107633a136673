package dk.medhearing.board;

import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingService;
import dk.medhearing.hearing.SchedulePreview;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.schedule.ScheduleView;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.security.FormToken;
import dk.medhearing.web.FieldError;
import dk.medhearing.web.Page;
import dk.medhearing.web.ValidationFailedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administration's start page ({@code /status/tidsplan}): the fields of {@code POST /api/hearings} with the
 * hearing's schedule and timeline beside them, updated while they are typed (a small script posts the form as a
 * preview; without JavaScript "Vis tidsplanen" does). "Start høringen" starts it through {@link HearingService}, with
 * the API's validation: every broken rule is shown at its field and every value typed is kept; once started, the
 * hearing's board. The start needs the page's {@link FormToken}, so another site cannot start a hearing.
 */
@Controller
@Page
class StartPage {

    static final String PREVIEW = "preview";
    static final String START = "start";

    private final HearingService hearings;
    private final SchedulePreview preview;
    private final Timelines timelines;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final EngineClock clock;

    StartPage(
            HearingService hearings,
            SchedulePreview preview,
            Timelines timelines,
            Organisation organisation,
            AccessPolicy access,
            EngineClock clock) {
        this.hearings = hearings;
        this.preview = preview;
        this.timelines = timelines;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/status/tidsplan")
    String form(HttpServletRequest request, Model model) {
        access.requireAdministrator(CurrentUser.of(request));
        return page(model, request, StartForm.empty(), null, List.of());
    }

    @PostMapping("/status/tidsplan")
    String post(
            @ModelAttribute("form") StartForm form,
            @RequestParam(defaultValue = PREVIEW) String action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        ScheduleView schedule = preview.preview(form.toInput(), user.id());
        if (!START.equals(action)) {
            return page(model, request, form, schedule, List.of());
        }
        if (!FormToken.isValid(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return page(
                    model,
                    request,
                    form,
                    schedule,
                    List.of(
                            new FieldError(
                                    "",
                                    "Høringen blev ikke startet: "
                                            + "siden var for gammel, eller formularen kom fra en anden side. Tjek felterne, og tryk Start høringen igen.")));
        }
        try {
            Hearing started = hearings.start(form.toInput(), user.id());
            return "redirect:/status/" + started.reference() + "?startet";
        } catch (RuntimeException e) {
            ValidationFailedException invalid = ValidationFailedException.in(e);
            if (invalid == null) {
                throw e;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, request, form, schedule, invalid.errors());
        }
    }

    private String page(
            Model model, HttpServletRequest request, StartForm form, ScheduleView schedule, List<FieldError> refused) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        refused.forEach(
                e -> byField.computeIfAbsent(e.field(), f -> new ArrayList<>()).add(e.message()));
        model.addAttribute("form", form);
        model.addAttribute("committees", organisation.localCommittees());
        model.addAttribute("refused", refused);
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("token", FormToken.of(request));
        model.addAttribute("schedule", schedule);
        model.addAttribute(
                "svg", schedule == null ? null : SvgTimeline.render(timelines.ofSchedule(schedule, clock.now())));
        return "status-schedule";
    }
}

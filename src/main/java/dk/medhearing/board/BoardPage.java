package dk.medhearing.board;

import dk.medhearing.committee.Organisation;
import dk.medhearing.hearing.HearingInput;
import dk.medhearing.hearing.SchedulePreview;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.schedule.ScheduleView;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.InputRules;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The status board ({@code /status}): hearings the user may see with working days left and what is overdue; per
 * hearing each committee's state, reminders, the embargo, open tasks (Tasklist) and the instance (Cockpit), and the
 * timeline as SVG. {@code /status/tidsplan} shows a hearing's schedule before it is started. Same login as the
 * webapps (session or HTTP Basic).
 */
@Controller
class BoardPage {

    private final BoardService board;
    private final SchedulePreview preview;
    private final Timelines timelines;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final EngineClock clock;

    BoardPage(BoardService board, SchedulePreview preview, Timelines timelines, Organisation organisation,
              AccessPolicy access, EngineClock clock) {
        this.board = board;
        this.preview = preview;
        this.timelines = timelines;
        this.organisation = organisation;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/status")
    String list(HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.of(request);
        model.addAttribute("rows", board.list(user));
        model.addAttribute("administrator", access.isAdministrator(user));
        return "status";
    }

    @GetMapping("/status/{reference}")
    String hearing(@PathVariable String reference, HttpServletRequest request, Model model) {
        model.addAttribute("board", board.detail(InputRules.normaliseReference(reference),
                CurrentUser.of(request)));
        return "status-hearing";
    }

    @GetMapping("/status/tidsplan")
    String scheduleForm(HttpServletRequest request, Model model) {
        access.requireAdministrator(CurrentUser.of(request));
        model.addAttribute("committees", organisation.localCommittees());
        model.addAttribute("input", new HearingInput(null, null, null, List.of(), null, null, null, null, null, null));
        return "status-schedule";
    }

    @PostMapping("/status/tidsplan")
    String schedule(@RequestParam(required = false) String reference, @RequestParam(required = false) String title,
                    @RequestParam(required = false) List<String> committees,
                    @RequestParam(required = false) String responseDeadline,
                    @RequestParam(required = false) String orientationMeetingAt,
                    @RequestParam(required = false) String orientationMeetingPlace,
                    @RequestParam(required = false) String mainCommitteeMeetingAt,
                    @RequestParam(required = false) String politicalCommitteeMeetingAt,
                    @RequestParam(required = false) String shortWindowJustification,
                    @RequestParam(required = false) String embargoUntil,
                    HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.of(request);
        access.requireAdministrator(user);
        HearingInput input = new HearingInput(reference, title, null, List.of(), committees, responseDeadline,
                new HearingInput.OrientationMeeting(orientationMeetingAt, orientationMeetingPlace),
                mainCommitteeMeetingAt, politicalCommitteeMeetingAt, shortWindowJustification, embargoUntil);
        ScheduleView schedule = preview.preview(input, user.id());
        model.addAttribute("committees", organisation.localCommittees());
        model.addAttribute("input", input);
        model.addAttribute("schedule", schedule);
        model.addAttribute("svg", SvgTimeline.render(timelines.ofSchedule(schedule, clock.now())));
        return "status-schedule";
    }
}

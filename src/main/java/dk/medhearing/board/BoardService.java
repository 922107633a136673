package dk.medhearing.board;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Unit;
import dk.medhearing.delivery.CaseFileDeliveries;
import dk.medhearing.delivery.CaseFileState;
import dk.medhearing.embargo.EmbargoConfirmation;
import dk.medhearing.embargo.EmbargoRepository;
import dk.medhearing.embargo.EmbargoService;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingQueries;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.HearingStatus;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.kit.Overdue;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.schedule.ReminderSchedule.Reminder;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the board's views: only hearings the user may see ({@link HearingQueries}), links as the user may use them. */
@Service
class BoardService {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";
    /** The reminder activities of CommitteeResponseProcess, in the order of {@link Reminder}'s values. */
    static final List<String> REMINDER_ACTIVITIES = List.of("Task_SendFirstReminder", "Task_SendFinalReminder");

    private final HearingQueries queries;
    private final HearingRepository hearings;
    private final EmbargoRepository confirmations;
    private final Organisation organisation;
    private final EngineLookups engine;
    private final HearingSchedule schedule;
    private final EngineClock clock;
    private final AccessPolicy access;
    private final Timelines timelines;
    private final CaseFileDeliveries caseFiles;

    BoardService(
            HearingQueries queries,
            HearingRepository hearings,
            EmbargoRepository confirmations,
            Organisation organisation,
            EngineLookups engine,
            HearingSchedule schedule,
            EngineClock clock,
            AccessPolicy access,
            Timelines timelines,
            CaseFileDeliveries caseFiles) {
        this.queries = queries;
        this.hearings = hearings;
        this.confirmations = confirmations;
        this.organisation = organisation;
        this.engine = engine;
        this.schedule = schedule;
        this.clock = clock;
        this.access = access;
        this.timelines = timelines;
        this.caseFiles = caseFiles;
    }

    /** The hearings list: a fixed number of queries, not some per hearing (its overdue tasks come in one query). */
    List<BoardViews.Row> list(CurrentUser user) {
        List<HearingStatus> visible = queries.list(user);
        Map<String, Hearing> byReference =
                hearings.findAll().stream().collect(Collectors.toMap(Hearing::reference, h -> h));
        List<String> references = visible.stream().map(HearingStatus::reference).toList();
        Map<String, List<EngineLookups.OpenTask>> overdue =
                engine.overdueTasks(references, Date.from(clock.now().toInstant()));
        Map<String, CaseFileState> delivered = caseFiles.hearingStates(references);
        return visible.stream()
                .map(h -> new BoardViews.Row(
                        h,
                        schedule.workingDaysLeft(h.responseDeadline()),
                        deadlinePassed(h),
                        byReference.get(h.reference()).phase().label(),
                        overdue(overdue.getOrDefault(h.reference(), List.of())),
                        delivered
                                .getOrDefault(h.reference(), CaseFileState.NONE)
                                .label()))
                .toList();
    }

    BoardViews.Detail detail(String reference, CurrentUser user) {
        HearingStatus h = queries.get(reference, user);
        Hearing hearing = hearings.find(reference).orElseThrow();
        boolean admin = access.isAdministrator(user);
        List<EngineLookups.OpenTask> open = engine.openTasks(reference);
        Set<String> offered = user.isCamundaAdmin() ? Set.of() : engine.offeredTo(reference, user.groupIds());
        Map<String, String> instances = engine.committeeInstances(reference);
        Map<String, Set<String>> sent = engine.finishedActivities(reference, REMINDER_ACTIVITIES);
        List<BoardViews.Committee> committees = h.committees().stream()
                .map(c -> new BoardViews.Committee(
                        c,
                        reminders(hearing, c, sent.getOrDefault(instances.get(c.committee()), Set.of())),
                        admin && instances.containsKey(c.committee()) ? COCKPIT + instances.get(c.committee()) : null))
                .toList();
        OffsetDateTime now = clock.now();
        List<BoardViews.TaskLink> tasks = open.stream()
                .map(t -> new BoardViews.TaskLink(
                        t.name(),
                        t.committee() == null
                                ? ""
                                : organisation
                                        .unit(t.committee())
                                        .map(Unit::name)
                                        .orElse(t.committee()),
                        t.due() == null
                                ? null
                                : OffsetDateTime.ofInstant(t.due().toInstant(), EngineClock.ZONE),
                        Overdue.isOverdue(t.taskKey(), t.due(), now.toInstant()),
                        mayWork(t, user, offered) ? TASKLIST + t.id() : null))
                .toList();
        String instance = engine.hearingInstance(reference);
        BoardViews.Embargo embargo = embargo(hearing);
        Timeline timeline = timelines.ofHearing(h, hearing, committees, embargo, now);
        return new BoardViews.Detail(
                h,
                schedule.workingDaysLeft(h.responseDeadline()),
                deadlinePassed(h),
                hearing.phase().label(),
                overdue(open),
                committees,
                tasks,
                admin && instance != null ? COCKPIT + instance : null,
                embargo,
                SvgTimeline.render(timeline),
                timeline);
    }

    /** Whether the user could open the task in Tasklist: an admin, its assignee or in one of its candidate groups. */
    private static boolean mayWork(EngineLookups.OpenTask task, CurrentUser user, Set<String> offered) {
        return user.isCamundaAdmin() || user.id().equals(task.assignee()) || offered.contains(task.id());
    }

    /** Each reminder's state; {@code finished}: the reminder activities finished in the committee's instance. */
    private List<BoardViews.ReminderState> reminders(
            Hearing hearing, HearingStatus.CommitteeStatus c, Set<String> finished) {
        List<BoardViews.ReminderState> states = new ArrayList<>();
        for (Reminder which : Reminder.values()) {
            OffsetDateTime at = schedule.reminder(hearing.responseDeadline(), which);
            boolean sent = finished.contains(REMINDER_ACTIVITIES.get(which.ordinal()));
            String state;
            if (sent) {
                state = "Sendt";
            } else if ("SUBMITTED".equals(c.state()) || "NO_RESPONSE".equals(c.state())) {
                state = "Sendes ikke (udvalget er færdigt)";
            } else if (!HearingSchedule.reminderSent(at, hearing.publishedAt())) {
                state = "Sendes ikke (før offentliggørelsen)";
            } else if (at.isAfter(clock.now())) {
                state = "Planlagt";
            } else {
                state = "Afventer afsendelse";
            }
            states.add(new BoardViews.ReminderState(
                    which == Reminder.FIRST ? "Første påmindelse" : "Sidste påmindelse", at, state, sent));
        }
        return states;
    }

    private BoardViews.Embargo embargo(Hearing hearing) {
        if (!hearing.embargoed()) {
            return null;
        }
        Map<String, EmbargoConfirmation> byCommittee = confirmations.forHearing(hearing.reference()).stream()
                .collect(Collectors.toMap(EmbargoConfirmation::committee, c -> c));
        List<BoardViews.Confirmation> rows = hearing.committees().stream()
                .map(id -> {
                    Unit unit = organisation.requireUnit(id);
                    EmbargoConfirmation c = byCommittee.get(id);
                    String managers = EmbargoService.centreManagers(unit).stream()
                            .map(Member::name)
                            .collect(Collectors.joining(", "));
                    return new BoardViews.Confirmation(
                            unit.name(),
                            managers,
                            c == null ? null : name(c.confirmedBy()),
                            c == null ? null : c.confirmedAt());
                })
                .toList();
        var release = hearing.embargoRelease();
        String text = release.map(r -> "CONFIRMED".equals(r.reason())
                        ? "Alle centerchefer bekræftede"
                        : "Embargoen udløb, før alle centerchefer havde bekræftet")
                .orElse("Under embargo");
        return new BoardViews.Embargo(
                hearing.embargoUntil(), release.map(Hearing.EmbargoRelease::at).orElse(null), text, rows);
    }

    private String name(String userId) {
        return organisation.member(userId).map(Member::name).orElse(userId);
    }

    private boolean deadlinePassed(HearingStatus h) {
        return !h.responseDeadline().isAfter(clock.now());
    }

    private List<String> overdue(List<EngineLookups.OpenTask> open) {
        OffsetDateTime now = clock.now();
        return open.stream()
                .filter(t -> Overdue.isOverdue(t.taskKey(), t.due(), now.toInstant()))
                .map(t -> t.name()
                        + (t.committee() == null
                                ? ""
                                : " ("
                                        + organisation
                                                .unit(t.committee())
                                                .map(Unit::name)
                                                .orElse(t.committee()) + ")"))
                .toList();
    }
}

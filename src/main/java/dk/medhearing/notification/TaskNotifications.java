package dk.medhearing.notification;

import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.kit.EngineClock;
import dk.medhearing.mail.Mail;
import dk.medhearing.mail.MailOutbox;
import dk.medhearing.mail.MailProperties;
import dk.medhearing.mail.MailTemplates;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.schedule.ReminderSchedule;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * "Work waits for you": a mail to each person who may work on a task when it becomes theirs, and a reminder before
 * its due date, each with a link that opens the task itself in Tasklist. Written to the outbox in the engine's
 * transaction, once per hearing, kind, committee and task, and recipient: a task created again (a draft sent back a
 * second time) is a new step and mails again; a retried job writes nothing new.
 */
@Service
class TaskNotifications {

    private final HearingRepository hearings;
    private final Organisation organisation;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final MailProperties mail;
    private final NotifyProperties notify;
    private final HearingSchedule schedule;
    private final EngineClock clock;
    private final TaskMailDetails details;

    TaskNotifications(
            HearingRepository hearings,
            Organisation organisation,
            MailTemplates templates,
            MailOutbox outbox,
            MailProperties mail,
            NotifyProperties notify,
            HearingSchedule schedule,
            EngineClock clock,
            TaskMailDetails details) {
        this.hearings = hearings;
        this.organisation = organisation;
        this.templates = templates;
        this.outbox = outbox;
        this.mail = mail;
        this.notify = notify;
        this.schedule = schedule;
        this.clock = clock;
        this.details = details;
    }

    /** The task became its candidates' work; {@code sentBack}: it was created because a draft was sent back. */
    public int workWaiting(WorkNotice notice, WaitingTask task, boolean sentBack) {
        if (!shouldNotify(notify, notice, sentBack)) {
            return 0;
        }
        return outbox.enqueueAll(mails(notice, task));
    }

    /** The reminder before the due date of each open task whose reminder is due now (timer of the task). */
    public int remind(List<WaitingTask> openTasks) {
        if (!notify.enabled(WorkNotice.TASK_REMINDER)) {
            return 0;
        }
        OffsetDateTime now = clock.now();
        List<Mail> mails = new ArrayList<>();
        for (WaitingTask task : openTasks) {
            if (task.due() != null
                    && reminderDue(schedule.reminder(task.due(), ReminderSchedule.Reminder.FIRST), task, now)) {
                mails.addAll(mails(WorkNotice.TASK_REMINDER, task));
            }
        }
        return outbox.enqueueAll(mails);
    }

    /** Whether a kind of mail is sent: switched on, and a drafting task mails only when a draft was sent back. */
    static boolean shouldNotify(NotifyProperties notify, WorkNotice notice, boolean sentBack) {
        return notify.enabled(notice) && (notice != WorkNotice.SENT_BACK || sentBack);
    }

    /** A task's reminder is sent once its time has come, if the task existed then and is not yet overdue. */
    static boolean reminderDue(OffsetDateTime reminderAt, WaitingTask task, OffsetDateTime now) {
        return !reminderAt.isAfter(now)
                && task.createdAt().isBefore(reminderAt)
                && task.due().isAfter(now);
    }

    /** The link that opens the task itself in Tasklist. */
    static String taskUrl(String baseUrl, String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /**
     * The people a task is for, each once: the members of its candidate groups (a unit's id: all its members; a role
     * group such as {@code amc-chair}: those with that role), only those with {@code onlyRole} when it is set.
     */
    static List<Member> candidates(Organisation organisation, List<String> groups, Role onlyRole) {
        Map<String, Member> byEmail = new LinkedHashMap<>();
        for (String group : groups) {
            for (Unit unit : organisation.units()) {
                if (unit.id().equals(group)) {
                    unit.members().forEach(m -> byEmail.putIfAbsent(m.email(), m));
                }
                for (Role role : Role.values()) {
                    if (unit.roleGroupId(role).equals(group)) {
                        unit.membersWith(role).forEach(m -> byEmail.putIfAbsent(m.email(), m));
                    }
                }
            }
        }
        return byEmail.values().stream()
                .filter(m -> onlyRole == null || m.has(onlyRole))
                .toList();
    }

    private List<Mail> mails(WorkNotice notice, WaitingTask task) {
        Hearing hearing = hearings.find(task.reference())
                .orElseThrow(() -> new NoSuchElementException("No hearing " + task.reference()));
        String committeeName =
                organisation.unit(task.committee()).map(Unit::name).orElse(task.committee());
        Map<String, Object> shared = new HashMap<>();
        shared.put("hearing", hearing);
        shared.put("committeeName", committeeName);
        shared.put("taskName", task.name());
        shared.put("taskUrl", taskUrl(mail.baseUrl(), task.id()));
        shared.put("due", task.due() == null ? null : DateTimes.danish(task.due()));
        shared.put("dueIn", task.due() == null ? null : schedule.dueIn(task.due()));
        shared.put("administration", organisation.administration().fullName());
        shared.putAll(details.of(notice, hearing, task.committee()));
        List<Mail> mails = new ArrayList<>();
        for (Member member : candidates(organisation, task.candidateGroups(), notice.onlyRole())) {
            Map<String, Object> model = new HashMap<>(shared);
            model.put("recipientName", member.name());
            MailTemplates.Rendered rendered = templates.render(notice.key(), model);
            mails.add(new Mail(
                    task.reference(),
                    notice.key(),
                    task.committee() + "/" + task.id(),
                    new Mail.Recipient(member.name(), member.email()),
                    rendered.subject(),
                    rendered.text(),
                    List.of()));
        }
        return mails;
    }
}

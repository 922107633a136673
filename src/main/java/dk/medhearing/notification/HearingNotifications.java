package dk.medhearing.notification;

import dk.medhearing.calendar.CalendarInvites;
import dk.medhearing.committee.Member;
import dk.medhearing.committee.Organisation;
import dk.medhearing.committee.Role;
import dk.medhearing.committee.Unit;
import dk.medhearing.embargo.EmbargoService;
import dk.medhearing.hearing.Hearing;
import dk.medhearing.hearing.HearingRepository;
import dk.medhearing.hearing.HearingVisibility;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.mail.Mail;
import dk.medhearing.mail.MailOutbox;
import dk.medhearing.mail.MailProperties;
import dk.medhearing.mail.MailTemplates;
import dk.medhearing.response.Meeting;
import dk.medhearing.response.MeetingRepository;
import dk.medhearing.response.ResponseDraft;
import dk.medhearing.response.ResponseRepository;
import dk.medhearing.schedule.HearingSchedule;
import dk.medhearing.schedule.ReminderSchedule;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The mails of a hearing. Each method builds one mail per recipient and writes those not written before to the
 * outbox, in the caller's (the engine's) transaction: idempotent on reference + kind + committee + recipient, so the
 * service tasks that call it may be retried safely, and a person in two committees gets each committee's mail.
 * <p>
 * Just over 200 lines on purpose: one short method per mail of the hearing (opening, invitation, reminders, receipt,
 * missed deadline, the consolidated response), each the same three steps over shared recipient rules; a class per
 * mail would repeat those rules.
 */
@Service
class HearingNotifications {

    private final HearingRepository hearings;
    private final MeetingRepository meetings;
    private final ResponseRepository responses;
    private final Organisation organisation;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final CalendarInvites invites;
    private final HearingSchedule schedule;
    private final MailProperties mailProperties;
    private final HearingVisibility visibility;

    HearingNotifications(
            HearingRepository hearings,
            MeetingRepository meetings,
            ResponseRepository responses,
            Organisation organisation,
            MailTemplates templates,
            MailOutbox outbox,
            CalendarInvites invites,
            HearingSchedule schedule,
            MailProperties mailProperties,
            HearingVisibility visibility) {
        this.hearings = hearings;
        this.meetings = meetings;
        this.responses = responses;
        this.organisation = organisation;
        this.templates = templates;
        this.outbox = outbox;
        this.invites = invites;
        this.schedule = schedule;
        this.mailProperties = mailProperties;
        this.visibility = visibility;
    }

    /** The hearing opens: every member of each consulted committee gets the material, the deadline and .ics entries. */
    public int hearingOpened(String reference) {
        Hearing hearing = hearing(reference);
        List<Mail.Attachment> attachments = new ArrayList<>();
        attachments.add(new Mail.Attachment(
                "hoeringsfrist.ics",
                CalendarInvites.CONTENT_TYPE,
                invites.entry(
                        reference + "-deadline@medhearing",
                        "Høringsfrist: " + hearing.title(),
                        "Sidste frist for CenterMEDets høringssvar (j.nr. " + reference + ").",
                        hearing.responseDeadline().toInstant(),
                        hearing.responseDeadline().toInstant().plusSeconds(1800),
                        null)));
        if (hearing.orientationAt() != null) {
            attachments.add(new Mail.Attachment(
                    "orienteringsmoede.ics",
                    CalendarInvites.CONTENT_TYPE,
                    invites.entry(
                            reference + "-orientation@medhearing",
                            "Orienteringsmøde: " + hearing.title(),
                            "Orientering om forslaget (j.nr. " + reference + ").",
                            hearing.orientationAt().toInstant(),
                            hearing.orientationAt().toInstant().plusSeconds(3600),
                            hearing.orientationPlace())));
        }
        List<Mail> mails = new ArrayList<>();
        for (String committee : hearing.committees()) {
            Unit unit = organisation.requireUnit(committee);
            for (Member member : recipients(hearing, unit, unit.members())) {
                Map<String, Object> model = model(hearing, unit, member);
                mails.add(mail(reference, "hearing-opened", committee, member, "hearing-opened", model, attachments));
            }
        }
        return outbox.enqueueAll(mails);
    }

    /**
     * An embargoed hearing: the material goes first to each consulted CenterMED's management side; its centre manager
     * confirms in Tasklist that staff are briefed. The members get "hearing opened" only when it is published.
     */
    public int embargoMaterial(String reference) {
        Hearing hearing = hearing(reference);
        List<Mail> mails = new ArrayList<>();
        for (String committee : hearing.committees()) {
            Unit unit = organisation.requireUnit(committee);
            for (Member member : recipients(hearing, unit, unit.members())) {
                Map<String, Object> model = model(hearing, unit, member);
                model.put("embargoUntil", DateTimes.danish(hearing.embargoUntil()));
                model.put(
                        "centreManager",
                        EmbargoService.centreManagers(unit).stream().anyMatch(m -> m.id().equals(member.id())));
                mails.add(mail(reference, "embargo-material", committee, member, "embargo-material", model, List.of()));
            }
        }
        return outbox.enqueueAll(mails);
    }

    /** A committee has scheduled its extraordinary meeting: an .ics invitation to each of its members. */
    public int meetingScheduled(String reference, String committee) {
        return meetingInvitation(reference, committee, 0);
    }

    /**
     * The {@code sequence}th invitation to the committee's meeting: 0 when it is called, a higher number each time it
     * is moved. A move is its own mail ("meeting-moved", step committee/sequence) whose .ics has the same UID and the
     * higher SEQUENCE, so each member's calendar moves the entry it has.
     */
    public int meetingInvitation(String reference, String committee, int sequence) {
        Hearing hearing = hearing(reference);
        Unit unit = organisation.requireUnit(committee);
        Meeting meeting = meetings.find(reference, committee)
                .orElseThrow(() -> new NoSuchElementException("No meeting of " + committee + " in " + reference));
        List<Mail> mails = new ArrayList<>();
        for (Member member : recipients(hearing, unit, unit.members())) {
            Map<String, Object> model = model(hearing, unit, member);
            model.put(
                    "meetingTime",
                    DateTimes.danish(meeting.startsAt())
                            + (meeting.endsAt() == null
                                    ? ""
                                    : "–" + DateTimes.danish(meeting.endsAt()).replaceAll(".* kl\\. ", "")));
            model.put("meetingPlace", meeting.place());
            byte[] ics = invites.invitation(
                    reference + "-" + committee + "-meeting@medhearing",
                    sequence,
                    "Ekstraordinært " + unit.name() + "-møde: " + hearing.title(),
                    "Ekstraordinært møde om høringen " + hearing.title() + " (j.nr. " + reference + ").",
                    meeting.startsAt().toInstant(),
                    meeting.endsAt() == null ? null : meeting.endsAt().toInstant(),
                    meeting.place(),
                    mailProperties.fromAddress(),
                    member.name(),
                    member.email());
            String kind = sequence == 0 ? "meeting-invitation" : "meeting-moved";
            mails.add(mail(
                    reference,
                    kind,
                    sequence == 0 ? committee : committee + "/" + sequence,
                    member,
                    kind,
                    model,
                    List.of(new Mail.Attachment(
                            "moedeindkaldelse.ics", CalendarInvites.INVITATION_CONTENT_TYPE, ics))));
        }
        return outbox.enqueueAll(mails);
    }

    /**
     * A reminder before the deadline to the committee's chair, vice-chair, TR and AMR. Not sent when it would have
     * been due before the hearing was published (a window shorter than the reminder's offset).
     */
    public int reminder(String reference, String committee, ReminderSchedule.Reminder which) {
        Hearing hearing = hearing(reference);
        if (!schedule.reminder(hearing.responseDeadline(), which).isAfter(hearing.publishedAt())) {
            return 0;
        }
        Unit unit = organisation.requireUnit(committee);
        List<Mail> mails = new ArrayList<>();
        for (Member member : recipients(hearing, unit, remindedMembers(unit))) {
            Map<String, Object> model = model(hearing, unit, member);
            model.put("final", which == ReminderSchedule.Reminder.FINAL);
            model.put("dueIn", schedule.dueIn(hearing.responseDeadline()));
            model.put("deadlineAt", DateTimes.danish(hearing.responseDeadline()));
            mails.add(mail(
                    reference,
                    "reminder-" + which.name().toLowerCase(),
                    committee,
                    member,
                    "reminder",
                    model,
                    List.of()));
        }
        return outbox.enqueueAll(mails);
    }

    /** A committee missed the deadline: a notice to HovedMED's secretary. */
    public int missedDeadline(String reference, String committee) {
        Hearing hearing = hearing(reference);
        Unit unit = organisation.requireUnit(committee);
        Unit main = organisation.mainCommittee();
        List<Mail> mails = new ArrayList<>();
        for (Member secretary : recipients(hearing, main, main.membersWith(Role.SECRETARY))) {
            Map<String, Object> model = model(hearing, unit, secretary);
            mails.add(mail(reference, "missed-deadline", committee, secretary, "missed-deadline", model, List.of()));
        }
        return outbox.enqueueAll(mails);
    }

    /** A committee's response was submitted: a receipt to each of its members. */
    public int receipt(String reference, String committee) {
        Hearing hearing = hearing(reference);
        Unit unit = organisation.requireUnit(committee);
        ResponseDraft response = responses
                .latest(reference, committee)
                .filter(ResponseDraft::submitted)
                .orElseThrow(() -> new NoSuchElementException("No submitted response of " + committee));
        List<Mail> mails = new ArrayList<>();
        for (Member member : recipients(hearing, unit, unit.members())) {
            Map<String, Object> model = model(hearing, unit, member);
            model.put("submittedAt", DateTimes.danish(response.submittedAt()));
            model.put("noRemarks", response.noRemarks());
            model.put("responseText", response.text());
            model.put("employeeRemarks", response.employeeRemarks());
            mails.add(mail(reference, "receipt", committee, member, "receipt", model, List.of()));
        }
        return outbox.enqueueAll(mails);
    }

    /**
     * Those of a unit's members who may be sent the hearing's material: the one rule of {@link HearingVisibility}, so
     * under embargo only the management side, whichever mail it is.
     */
    private List<Member> recipients(Hearing hearing, Unit unit, List<Member> members) {
        return members.stream()
                .filter(m -> visibility.mayReceive(hearing, unit, m))
                .toList();
    }

    /** Chair, vice-chair, TR and AMR: those who answer for the committee's response. */
    static List<Member> remindedMembers(Unit unit) {
        return unit.members().stream()
                .filter(m -> m.has(Role.CHAIR) || m.has(Role.VICE_CHAIR) || m.has(Role.TR) || m.has(Role.AMR))
                .toList();
    }

    private Map<String, Object> model(Hearing hearing, Unit unit, Member recipient) {
        Map<String, Object> model = new HashMap<>();
        model.put("hearing", hearing);
        model.put("committeeName", unit.name());
        model.put("recipientName", recipient.name());
        model.put("deadline", hearing.deadlineText());
        model.put(
                "orientation",
                hearing.orientationAt() == null
                        ? null
                        : DateTimes.danish(hearing.orientationAt()) + ", " + hearing.orientationPlace());
        model.put("tasklistUrl", mailProperties.baseUrl() + "/camunda/app/tasklist/");
        model.put("statusUrl", mailProperties.baseUrl() + "/api/hearings/" + hearing.reference());
        model.put("administration", organisation.administration().fullName());
        return model;
    }

    private Mail mail(
            String reference,
            String kind,
            String committee,
            Member to,
            String template,
            Map<String, Object> model,
            List<Mail.Attachment> attachments) {
        MailTemplates.Rendered rendered = templates.render(template, new LinkedHashMap<>(model));
        return new Mail(
                reference,
                kind,
                committee,
                new Mail.Recipient(to.name(), to.email()),
                rendered.subject(),
                rendered.text(),
                attachments);
    }

    private Hearing hearing(String reference) {
        return hearings.find(reference).orElseThrow(() -> new NoSuchElementException("No hearing " + reference));
    }
}

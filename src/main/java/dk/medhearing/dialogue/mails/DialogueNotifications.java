package dk.medhearing.dialogue.mails;

import dk.medhearing.calendar.CalendarInvites;
import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueRecords.AgendaItem;
import dk.medhearing.dialogue.DialogueRecords.FollowUp;
import dk.medhearing.dialogue.DialogueRecords.MeetingParticipant;
import dk.medhearing.dialogue.DialogueRecords.StatusNote;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;
import dk.medhearing.dialogue.minutes.DialogueMinutesDocument;
import dk.medhearing.kit.DateTimes;
import dk.medhearing.mail.Mail;
import dk.medhearing.mail.MailOutbox;
import dk.medhearing.mail.MailProperties;
import dk.medhearing.mail.MailTemplates;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The mails of a dialogue meeting, one per recipient, each written to the outbox once (reference + kind + step +
 * recipient) in the caller's transaction, so the service tasks that call these methods may be retried safely.
 */
@Service
public class DialogueNotifications {

    private final DialogueRepository meetings;
    private final DialogueParties parties;
    private final DialogueMinutesDocument document;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final CalendarInvites invites;
    private final MailProperties mailProperties;

    public DialogueNotifications(
            DialogueRepository meetings,
            DialogueParties parties,
            DialogueMinutesDocument document,
            MailTemplates templates,
            MailOutbox outbox,
            CalendarInvites invites,
            MailProperties mailProperties) {
        this.meetings = meetings;
        this.parties = parties;
        this.document = document;
        this.templates = templates;
        this.outbox = outbox;
        this.invites = invites;
        this.mailProperties = mailProperties;
    }

    /** The invitation with the agenda and the status note, and an .ics invitation, to every participant. */
    public int invitation(String reference) {
        DialogueMeeting meeting = meeting(reference);
        List<StatusNote> notes = meetings.statusNotes(reference);
        StatusNote note = notes.isEmpty() ? null : notes.get(notes.size() - 1);
        List<Mail> mails = new ArrayList<>();
        for (MeetingParticipant p : meetings.participants(reference)) {
            Map<String, Object> model = model(meeting, p.name());
            model.put(
                    "agenda",
                    meetings.agenda(reference).stream()
                            .map(a -> a.number() + ". " + a.title())
                            .toList());
            model.put("statusNoteText", note == null ? null : note.text());
            model.put("statusNoteLink", note == null ? null : note.link());
            byte[] ics = invites.invitation(
                    reference + "-dialogue@medhearing",
                    "Dialogmøde: " + meeting.title(),
                    "Dialogmøde (j.nr. " + reference + "). Dagsorden: "
                            + String.join(
                                    "; ",
                                    meetings.agenda(reference).stream()
                                            .map(AgendaItem::title)
                                            .toList()) + ".",
                    meeting.meetingAt().toInstant(),
                    meeting.meetingAt().toInstant().plusSeconds(2 * 3600),
                    meeting.place(),
                    mailProperties.fromAddress(),
                    p.name(),
                    p.email());
            mails.add(mail(
                    reference,
                    "dialogue-invitation",
                    "",
                    p.name(),
                    p.email(),
                    "dialogue-invitation",
                    model,
                    List.of(new Mail.Attachment("dialogmoede.ics", CalendarInvites.INVITATION_CONTENT_TYPE, ics))));
        }
        return outbox.enqueueAll(mails);
    }

    /** The approved minutes as PDF to every participant. */
    public int approvedMinutes(String reference) {
        DialogueMeeting meeting = meeting(reference);
        byte[] pdf = document.pdf(reference);
        List<Mail> mails = new ArrayList<>();
        for (MeetingParticipant p : meetings.participants(reference)) {
            Map<String, Object> model = model(meeting, p.name());
            model.put("followUps", meetings.followUps(reference).size());
            mails.add(mail(
                    reference,
                    "dialogue-minutes",
                    "",
                    p.name(),
                    p.email(),
                    "dialogue-minutes",
                    model,
                    List.of(new Mail.Attachment("referat-" + reference + ".pdf", "application/pdf", pdf))));
        }
        return outbox.enqueueAll(mails);
    }

    /** A reminder before the due date, to whoever answers for the action. */
    public int followUpReminder(String reference, int number) {
        return aboutFollowUp(reference, number, "follow-up-reminder", "follow-up-reminder");
    }

    /** The due date has passed and the action is still open: a notice to whoever answers for it. */
    public int followUpOverdue(String reference, int number) {
        return aboutFollowUp(reference, number, "follow-up-overdue", "follow-up-overdue");
    }

    private int aboutFollowUp(String reference, int number, String kind, String template) {
        DialogueMeeting meeting = meeting(reference);
        FollowUp f = meetings.followUp(reference, number).orElseThrow();
        List<Mail> mails = new ArrayList<>();
        for (Map.Entry<String, String> to : responsible(reference, f).entrySet()) {
            Map<String, Object> model = model(meeting, to.getValue());
            model.put("number", f.number());
            model.put("description", f.description());
            model.put("responsible", f.responsible(parties));
            model.put("due", DateTimes.danishDay(f.dueDate()));
            mails.add(mail(
                    reference, kind, String.valueOf(number), to.getValue(), to.getKey(), template, model, List.of()));
        }
        return outbox.enqueueAll(mails);
    }

    /**
     * Who answers for an action, address to name: the responsible person when named and a participant of the
     * responsible party, otherwise the party's own address.
     */
    Map<String, String> responsible(String reference, FollowUp f) {
        Party party = parties.require(f.responsibleParty());
        Map<String, String> recipients = new LinkedHashMap<>();
        if (f.responsiblePerson() != null) {
            meetings.participants(reference).stream()
                    .filter(p -> p.party().equals(party.id()))
                    .filter(p -> p.personId().equals(f.responsiblePerson())
                            || p.name().equalsIgnoreCase(f.responsiblePerson()))
                    .forEach(p -> recipients.put(p.email(), p.name()));
            if (recipients.isEmpty()) {
                party.participants().stream()
                        .filter(p -> p.id().equals(f.responsiblePerson())
                                || p.name().equalsIgnoreCase(f.responsiblePerson()))
                        .forEach(p -> recipients.put(p.email(), p.name()));
            }
        }
        if (recipients.isEmpty()) {
            recipients.put(party.email(), party.name());
        }
        return recipients;
    }

    private Map<String, Object> model(DialogueMeeting meeting, String recipientName) {
        Map<String, Object> model = new HashMap<>();
        model.put("meeting", meeting);
        model.put("recipientName", recipientName);
        model.put("meetingTime", DateTimes.danish(meeting.meetingAt()));
        model.put("host", parties.host().name());
        model.put("tasklistUrl", mailProperties.baseUrl() + "/camunda/app/tasklist/");
        model.put("statusUrl", mailProperties.baseUrl() + "/api/dialogue-meetings/" + meeting.reference());
        return model;
    }

    private Mail mail(
            String reference,
            String kind,
            String step,
            String name,
            String email,
            String template,
            Map<String, Object> model,
            List<Mail.Attachment> attachments) {
        MailTemplates.Rendered rendered = templates.render(template, new LinkedHashMap<>(model));
        return new Mail(
                reference,
                kind,
                step,
                new Mail.Recipient(name, email),
                rendered.subject(),
                rendered.text(),
                attachments);
    }

    private DialogueMeeting meeting(String reference) {
        return meetings.find(reference)
                .orElseThrow(() -> new NoSuchElementException("No dialogue meeting " + reference));
    }
}

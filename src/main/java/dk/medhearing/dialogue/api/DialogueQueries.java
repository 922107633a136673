package dk.medhearing.dialogue.api;

import dk.medhearing.dialogue.DialogueMeeting;
import dk.medhearing.dialogue.DialogueRecords;
import dk.medhearing.dialogue.DialogueRepository;
import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.List;

/** What the dialogue API shows, and to whom: administrators and the parties' participants. */
@Service
class DialogueQueries {

    private final DialogueRepository meetings;
    private final DialogueParties parties;
    private final AccessPolicy access;

    public DialogueQueries(DialogueRepository meetings, DialogueParties parties, AccessPolicy access) {
        this.meetings = meetings;
        this.parties = parties;
        this.access = access;
    }

    public boolean maySee(CurrentUser user) {
        return access.isAdministrator(user) || parties.parties().stream().anyMatch(p -> user.inGroup(p.groupId()));
    }

    public List<DialogueStatus> list(CurrentUser user) {
        return maySee(user)
                ? meetings.all().stream().map(m -> status(m.reference())).toList()
                : List.of();
    }

    /** The meeting; 404 when unknown or not visible to the user. */
    public DialogueMeeting require(String reference, CurrentUser user) {
        return meetings.find(reference)
                .filter(m -> maySee(user))
                .orElseThrow(() -> new NotFoundException("Dialogmødet " + reference + " findes ikke"));
    }

    public DialogueStatus get(String reference, CurrentUser user) {
        require(reference, user);
        return status(reference);
    }

    private DialogueStatus status(String reference) {
        DialogueMeeting m = meetings.find(reference).orElseThrow();
        List<DialogueRecords.MeetingParticipant> participants = meetings.participants(reference);
        List<DialogueStatus.PartyParticipants> byParty = parties.parties().stream()
                .map(p -> new DialogueStatus.PartyParticipants(
                        p.id(),
                        p.name(),
                        participants.stream()
                                .filter(x -> x.party().equals(p.id()))
                                .map(x -> new DialogueStatus.Person(x.personId(), x.name(), x.title()))
                                .toList()))
                .toList();
        List<DialogueStatus.StatusNoteVersion> notes = meetings.statusNotes(reference).stream()
                .map(n -> new DialogueStatus.StatusNoteVersion(
                        n.version(), n.text(), n.link(), n.followUp(), n.writtenBy(), n.writtenAt()))
                .toList();
        String minutesState = m.minutesApprovedAt() != null
                ? "APPROVED"
                : m.minutesRound() > 0 ? "AWAITING_APPROVAL" : "NOT_RECORDED";
        DialogueStatus.Minutes minutes = new DialogueStatus.Minutes(
                minutesState,
                m.minutesRound(),
                meetings.minutes(reference).size(),
                m.minutesApprovedAt(),
                meetings.approvals(reference));
        List<DialogueStatus.FollowUpStatus> followUps = meetings.followUps(reference).stream()
                .map(f -> new DialogueStatus.FollowUpStatus(
                        f.number(),
                        f.agendaNumber(),
                        f.description(),
                        f.responsibleParty(),
                        f.responsible(parties),
                        f.dueDate(),
                        f.reviseStatusNote(),
                        f.state(),
                        f.state().label(),
                        f.outcome(),
                        f.closedBy(),
                        f.closedAt()))
                .toList();
        return new DialogueStatus(
                m.reference(),
                m.title(),
                m.meetingAt(),
                m.place(),
                m.state(),
                m.state().label(),
                byParty,
                meetings.agenda(reference),
                notes,
                minutes,
                followUps,
                m.minutesApprovedAt() == null ? null : "/api/dialogue-meetings/" + reference + "/minutes.pdf");
    }
}

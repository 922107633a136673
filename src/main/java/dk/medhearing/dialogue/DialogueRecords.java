package dk.medhearing.dialogue;

import dk.medhearing.dialogue.configuration.DialogueParties;
import dk.medhearing.dialogue.configuration.Party;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The rows of a dialogue meeting besides the meeting itself. */
public final class DialogueRecords {

    private DialogueRecords() {}

    /** A participant for one party, copied from the configuration when the meeting was registered. */
    public record MeetingParticipant(String party, String personId, String name, String title, String email) {}

    public record AgendaItem(int number, String title) {}

    /** A version of the status note; {@code followUp} is the action that asked for a revision, if any. */
    public record StatusNote(
            int version, String text, String link, Integer followUp, String writtenBy, OffsetDateTime writtenAt) {}

    public record MinutesItem(
            int number, String discussion, String decisions, String recordedBy, OffsetDateTime recordedAt) {}

    /** A follow-up action agreed in the minutes. */
    public record FollowUp(
            String reference,
            int number,
            Integer agendaNumber,
            String description,
            String responsibleParty,
            String responsiblePerson,
            LocalDate dueDate,
            boolean reviseStatusNote,
            FollowUpState state,
            String outcome,
            String closedBy,
            OffsetDateTime closedAt) {

        /** Who answers for it, as the minutes and mails name them: "Jobcenter København (Ole Christiansen)". */
        public String responsible(DialogueParties parties) {
            String party = parties.party(responsibleParty).map(Party::name).orElse(responsibleParty);
            return responsiblePerson == null ? party : party + " (" + responsiblePerson + ")";
        }
    }

    public record MinutesApproval(
            int round, String party, boolean approved, String comment, String decidedBy, OffsetDateTime decidedAt) {}
}

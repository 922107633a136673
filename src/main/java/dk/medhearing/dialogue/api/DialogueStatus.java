package dk.medhearing.dialogue.api;

import dk.medhearing.dialogue.DialogueRecords;
import dk.medhearing.dialogue.FollowUpState;
import dk.medhearing.dialogue.MeetingState;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A dialogue meeting as {@code GET /api/dialogue-meetings/{reference}} shows it. */
record DialogueStatus(
        String reference,
        String title,
        OffsetDateTime meetingAt,
        String place,
        MeetingState state,
        String stateLabel,
        List<PartyParticipants> parties,
        List<DialogueRecords.AgendaItem> agenda,
        List<StatusNoteVersion> statusNotes,
        Minutes minutes,
        List<FollowUpStatus> followUps,
        String minutesPdf) {

    public record PartyParticipants(String party, String name, List<Person> participants) {}

    public record Person(String id, String name, String title) {}

    public record StatusNoteVersion(
            int version, String text, String link, Integer followUp, String writtenBy, OffsetDateTime writtenAt) {}

    /** Recorded items, the approval round and every party's decisions; {@code approvedAt} once both approved. */
    public record Minutes(
            String state,
            int round,
            int itemsRecorded,
            OffsetDateTime approvedAt,
            List<DialogueRecords.MinutesApproval> approvals) {}

    public record FollowUpStatus(
            int number,
            Integer agendaItem,
            String description,
            String responsibleParty,
            String responsible,
            LocalDate dueDate,
            boolean reviseStatusNote,
            FollowUpState state,
            String stateLabel,
            String outcome,
            String closedBy,
            OffsetDateTime closedAt) {}
}

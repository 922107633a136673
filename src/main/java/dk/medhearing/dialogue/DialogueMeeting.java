package dk.medhearing.dialogue;

import java.time.OffsetDateTime;

/** A dialogue meeting as stored; {@code reference} is its journal number and the process's business key. */
public record DialogueMeeting(
        String reference,
        String title,
        OffsetDateTime meetingAt,
        String place,
        MeetingState state,
        int minutesRound,
        OffsetDateTime minutesApprovedAt,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt) {}

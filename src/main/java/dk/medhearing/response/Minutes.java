package dk.medhearing.response;

import java.time.OffsetDateTime;

/**
 * The minutes header of a committee's meeting on the hearing, as in the source document: time, place, attendees on
 * the management and the employee side (one per line, TR/AMR roles in brackets), absentees, chair and minute-taker.
 */
public record Minutes(
        String reference,
        String committee,
        OffsetDateTime meetingStartsAt,
        OffsetDateTime meetingEndsAt,
        String place,
        String managementAttendees,
        String employeeAttendees,
        String absentees,
        String meetingChair,
        String minuteTaker,
        String discussion,
        String recordedBy,
        OffsetDateTime recordedAt) {}

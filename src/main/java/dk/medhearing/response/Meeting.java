package dk.medhearing.response;

import java.time.OffsetDateTime;

/** A committee's extraordinary meeting on the hearing. */
public record Meeting(
        String reference,
        String committee,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String scheduledBy,
        OffsetDateTime scheduledAt) {}

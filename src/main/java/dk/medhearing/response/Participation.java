package dk.medhearing.response;

import java.time.OffsetDateTime;

/** A committee consulted in a hearing and where it stands. */
public record Participation(
        String reference, String committee, int position, CommitteeState state, OffsetDateTime updatedAt) {}

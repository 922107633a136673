package dk.medhearing.embargo;

import java.time.OffsetDateTime;

/** A centre manager's confirmation that the staff of the CenterMED's area are briefed. */
public record EmbargoConfirmation(
        String reference, String committee, String confirmedBy, OffsetDateTime confirmedAt, String briefingNote) {}

package dk.medhearing.delivery;

import dk.medhearing.kit.DateTimes;

import java.time.OffsetDateTime;

/** A case's case-file delivery as the board shows it: not yet written, waiting, delivered when, or failed. */
public record CaseFileState(String state, OffsetDateTime deliveredAt) {

    public static final CaseFileState NONE = new CaseFileState("NONE", null);

    /** Delivered, or given up (failed until an administrator delivers it again): nothing more happens by itself. */
    public boolean settled() {
        return DeliveryRepository.DELIVERED.equals(state) || DeliveryRepository.FAILED.equals(state);
    }

    /** Danish: "–", "Afventer", "Leveret 05.12.2026 kl. 11.00" or "Fejlet". */
    public String label() {
        return switch (state) {
            case DeliveryRepository.PENDING -> "Afventer";
            case DeliveryRepository.DELIVERED -> "Leveret " + DateTimes.shortDanish(deliveredAt);
            case DeliveryRepository.FAILED -> "Fejlet";
            default -> "–";
        };
    }
}

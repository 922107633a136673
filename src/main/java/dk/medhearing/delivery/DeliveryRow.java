package dk.medhearing.delivery;

import dk.medhearing.kit.DateTimes;

import java.time.OffsetDateTime;

/** A row of {@code casefile_delivery} as delivery and the administrators' list see it (the zip not included). */
public record DeliveryRow(
        String id,
        CaseFileKind kind,
        String businessKey,
        String step,
        String processInstanceId,
        String state,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        OffsetDateTime deliveredAt,
        String destination,
        String fileName,
        String sha256,
        String lastError) {

    /** "05.12.2026 kl. 11.00". */
    public String createdAtText() {
        return DateTimes.shortDanish(createdAt);
    }

    public String kindLabel() {
        return kind == CaseFileKind.HEARING ? "Høring" : "Dialogmøde";
    }
}

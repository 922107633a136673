package dk.medhearing.document;

import java.time.OffsetDateTime;

/** The frozen consolidated response of a hearing: {@code sha256} is the hex SHA-256 of the PDF's bytes. */
public record StoredDocument(
        String reference, String html, byte[] pdf, String sha256, OffsetDateTime storedAt, String storedBy) {}

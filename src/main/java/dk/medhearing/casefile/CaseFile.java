package dk.medhearing.casefile;

/**
 * A built case file: the zip's name ({@code sagsmappe-<reference>.zip}), its bytes and the hex SHA-256 of those
 * bytes.
 */
public record CaseFile(String fileName, byte[] zip, String sha256) {}

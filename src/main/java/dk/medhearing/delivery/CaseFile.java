package dk.medhearing.delivery;

/** A case file as delivered: its file name, the zip's bytes and their SHA-256 (hex, lower case). */
public record CaseFile(String fileName, byte[] zip, String sha256) {}

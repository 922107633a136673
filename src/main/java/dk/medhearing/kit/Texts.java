package dk.medhearing.kit;

/** The text helpers: what users type, trimmed, and blank as {@code null}; whether a text is a web address. */
public final class Texts {

    private Texts() {
    }

    /** The value's text trimmed; {@code null} when it is {@code null} or blank. */
    public static String trimmed(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    /** An absolute http(s) address with a host. */
    public static boolean isWebLink(String value) {
        try {
            java.net.URI uri = java.net.URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

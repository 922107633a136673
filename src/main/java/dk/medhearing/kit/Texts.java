package dk.medhearing.kit;

/** The one text helper: what users type, trimmed, and blank as {@code null}. */
public final class Texts {

    private Texts() {
    }

    /** The value's text trimmed; {@code null} when it is {@code null} or blank. */
    public static String trimmed(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}

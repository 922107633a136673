package dk.medhearing.kit;

import dk.medhearing.web.InputRules;

import java.net.URI;

/**
 * The text helpers: what users type, trimmed, and blank as {@code null}; whether a text is a web address; the text
 * without the characters no text may hold ({@link InputRules#isForbidden}, refused at the boundary), as every document
 * renderer uses it ({@link #xmlSafe}).
 */
public final class Texts {

    private Texts() {}

    /** The value's text trimmed; {@code null} when it is {@code null} or blank. */
    public static String trimmed(Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().trim();
    }

    /**
     * The text without the code points no text may hold ({@link InputRules#isForbidden}), so it can go into XML
     * (the PDFs' XHTML); {@code null} stays {@code null}. Every renderer passes its text through here: text stored
     * before the boundary refused such characters still renders.
     */
    public static String xmlSafe(String text) {
        if (!InputRules.hasForbidden(text)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> !InputRules.isForbidden(c)).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    /** An absolute http(s) address with a host. */
    public static boolean isWebLink(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package dk.medhearing.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where the login sends the user afterwards: only a path of our own pages on this site ({@code /status...},
 * {@code /mailbox...}, {@code /api/...}), never another site ({@code //evil}, {@code /\evil}, {@code https:}), so the
 * login is no open redirect. Anything else goes to the board.
 */
final class ReturnPath {

    static final String DEFAULT = "/status";
    private static final int MAX_LENGTH = 1000;
    private static final Pattern OURS = Pattern.compile(
            "^/(status|mailbox|api)(/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?" + "(\\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$");

    private ReturnPath() {}

    /** {@code next} when it is one of our pages' paths, else {@link #DEFAULT}. */
    static String of(String next) {
        if (next == null || next.length() > MAX_LENGTH || !OURS.matcher(next).matches() || next.contains("//")) {
            return DEFAULT;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(next, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
        // encoded tricks: a decoded backslash, double slash, control character or dot segment is refused too
        if (decoded.contains("\\")
                || decoded.contains("//")
                || decoded.contains("/../")
                || decoded.endsWith("/..")
                || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return DEFAULT;
        }
        return next;
    }
}

package dk.medhearing.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The user id and password of an HTTP Basic {@code Authorization} header (UTF-8). */
record BasicCredentials(String userId, String password) {

    /** {@code null} when the header is missing, not Basic, not Base64 or has no user id. */
    static BasicCredentials of(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 1 ? null : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "BasicCredentials[userId=" + userId + "]";
    }
}

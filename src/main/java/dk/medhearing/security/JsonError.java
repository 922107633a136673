package dk.medhearing.security;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The JSON error our servlet filters answer with, before any controller or engine resource sees the request. */
final class JsonError {

    private JsonError() {}

    /** {@code {"type":..., "status":..., "message":...}}; without {@code type} when it is {@code null}. */
    static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter()
                .write("{" + (type == null ? "" : "\"type\":" + quoted(type) + ",") + "\"status\":" + status
                        + ",\"message\":" + quoted(message) + "}");
    }

    private static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}

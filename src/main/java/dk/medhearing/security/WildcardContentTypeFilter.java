package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * A request body's {@code Content-Type} names what the body is, so a pattern ({@code *}{@code /*},
 * {@code application/*}, {@code application/*+json}) is never valid there: such a request is answered 415 with a
 * Danish JSON message before anything reads it (Spring refused to even read its headers and answered 500).
 */
class WildcardContentTypeFilter extends OncePerRequestFilter {

    static final String MESSAGE = "Forespørgslens indholdstype (Content-Type) skal være en bestemt type, fx "
            + "application/json, ikke et mønster med '*'.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && mediaType(type).contains("*")) {
            JsonError.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType", MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .trim()
                .toLowerCase(Locale.ROOT);
    }
}

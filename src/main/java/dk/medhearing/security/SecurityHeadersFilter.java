package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Every answer of the app, ours and Camunda's alike (pages, documents, {@code /api}, the webapps, {@code /engine-rest},
 * error pages), may not be framed by another site and may not be sniffed as another content type. Set before the
 * request runs, so a refusal, a redirect or an error page carries them too. Camunda's own header filter on the
 * webapps sets its headers with {@code setHeader} as well (its Content-Security-Policy already has
 * {@code frame-ancestors 'none'}), so no header is sent twice.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String FRAME_OPTIONS = "X-Frame-Options";
    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(FRAME_OPTIONS, "DENY");
        response.setHeader(CONTENT_TYPE_OPTIONS, "nosniff");
        chain.doFilter(request, response);
    }

    /** Error dispatches too: the error page is an answer of its own. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}

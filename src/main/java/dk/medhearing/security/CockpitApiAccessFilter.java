package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Cockpit's own API ({@code /camunda/api/cockpit/*}, e.g. the process statistics) answers only users with access to
 * the Cockpit application: a Tasklist-only user gets 403, a request without a webapp session 401.
 */
class CockpitApiAccessFilter extends OncePerRequestFilter {

    static final String COCKPIT = "cockpit";

    private final String engineName;

    CockpitApiAccessFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAuthentication user = WebappLogin.of(request, engineName);
        if (user == null) {
            JsonError.write(response, HttpServletResponse.SC_UNAUTHORIZED, null,
                    "Log ind i Cockpit for at fortsætte (login krævet)");
        } else if (!user.isAuthorizedForApp(COCKPIT)) {
            JsonError.write(response, HttpServletResponse.SC_FORBIDDEN, null, "Du har ikke adgang til Cockpit");
        } else {
            chain.doFilter(request, response);
        }
    }
}

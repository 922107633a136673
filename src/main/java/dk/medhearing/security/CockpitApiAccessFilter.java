package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
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
        UserAuthentication user = sessionUser(request);
        if (user == null) {
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, "Log ind i Cockpit for at fortsætte (login krævet)");
        } else if (!user.isAuthorizedForApp(COCKPIT)) {
            answer(response, HttpServletResponse.SC_FORBIDDEN, "Du har ikke adgang til Cockpit");
        } else {
            chain.doFilter(request, response);
        }
    }

    private UserAuthentication sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication found = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        return found instanceof UserAuthentication user ? user : null;
    }

    private static void answer(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
}

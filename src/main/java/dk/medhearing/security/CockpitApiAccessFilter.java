package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Cockpit's own API ({@code /camunda/api/cockpit/*}, e.g. the process statistics) answers only users with access to
 * the Cockpit application: a Tasklist-only user gets 403, a request without a webapp session 401. The plugins'
 * static scripts and styles ({@code /camunda/api/cockpit/plugin/<id>/static/...}, GET) are open as in Camunda: the
 * login page needs them before anyone is logged in, and they hold no data.
 */
class CockpitApiAccessFilter extends OncePerRequestFilter {

    static final String COCKPIT = "cockpit";
    private static final Pattern PLUGIN_ASSET =
            Pattern.compile("/camunda/api/cockpit/plugin/[A-Za-z0-9_-]+/static/[A-Za-z0-9_/-]+(\\.[A-Za-z0-9]+)+");

    private final String engineName;

    CockpitApiAccessFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (pluginAsset(request)) {
            chain.doFilter(request, response);
            return;
        }
        UserAuthentication user = WebappLogin.of(request, engineName);
        if (user == null) {
            JsonError.write(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    null,
                    "Log ind i Cockpit for at fortsætte (login krævet)");
        } else if (!user.isAuthorizedForApp(COCKPIT)) {
            JsonError.write(response, HttpServletResponse.SC_FORBIDDEN, null, "Du har ikke adgang til Cockpit");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A GET of a plugin's static file: matched on the decoded, normalised path, so no encoding or ".." gets past. */
    private static boolean pluginAsset(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !path.contains("..")
                && !path.contains("//")
                && PLUGIN_ASSET.matcher(path).matches()
                && request.getRequestURI().equals(request.getContextPath() + path);
    }
}

package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user logged in to Camunda's webapps (Tasklist, Cockpit, Admin) in a request's session, for one engine. */
final class WebappLogin {

    private WebappLogin() {}

    /** {@code null} without a session or without a login to {@code engineName}. */
    static UserAuthentication of(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication found =
                authentications == null ? null : authentications.getAuthenticationForProcessEngine(engineName);
        return found instanceof UserAuthentication user ? user : null;
    }
}

package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * A request without a valid login under single sign-on: a browser asking for a page goes to the provider's login
 * (and comes back to the page afterwards); anything else, an API client with a bad or missing token included, gets
 * 401 with a Danish JSON message and a Bearer challenge (never Basic's browser popup).
 */
class SsoEntryPoint implements AuthenticationEntryPoint {

    static final String LOGIN = "/oauth2/authorization/municipality";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (LoginPage.isBrowserPageRequest(request)) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", LOGIN);
            return;
        }
        boolean token = request.getHeader("Authorization") != null;
        response.setHeader("WWW-Authenticate", token ? "Bearer error=\"invalid_token\"" : "Bearer");
        JsonError.write(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                null,
                token
                        ? "Adgangen blev afvist: log ind med et gyldigt adgangstoken fra kommunens login (login krævet)"
                        : "Log ind for at fortsætte (login krævet)");
    }
}

package dk.medhearing.security;

import dk.medhearing.web.WebappLogin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * In front of every request: records its client address for the engine's password check
 * ({@link ThrottledIdentityProvider}), and answers a login attempt that {@link LoginThrottle} refuses with a Danish
 * 429 and {@code Retry-After} before any password is checked. Login attempts are HTTP Basic credentials where they
 * are accepted (our API and pages, {@code /engine-rest}) and the webapps' login form. Whatever this filter does not
 * recognise is still refused by the engine (a plain "wrong password").
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern BASIC_PATHS = Pattern.compile("/(api|engine-rest)/.*|/(mailbox|status)(/.*)?");
    /** The login form holds a user name and a password: anything longer is not a login. */
    private static final int MAX_LOGIN_FORM = 8192;

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpServletRequest forward = request;
        String userId = null;
        if ("POST".equals(request.getMethod()) && WebappLogin.isLogin(path)) {
            byte[] body = readLoginForm(request.getInputStream());
            if (body == null) {
                JsonError.write(
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        null,
                        "Login-formularen er for stor: brugernavn og adgangskode må fylde højst " + MAX_LOGIN_FORM
                                + " tegn tilsammen.");
                return;
            }
            forward = new CachedBodyRequest(request, body);
            userId = formField(new String(body, StandardCharsets.ISO_8859_1), "username");
        } else if (BASIC_PATHS.matcher(path).matches()) {
            BasicCredentials credentials = BasicCredentials.of(request.getHeader("Authorization"));
            userId = credentials == null ? null : credentials.userId();
        }
        Duration wait = userId == null ? Duration.ZERO : throttle.waitBefore(address, userId);
        if (!wait.isZero()) {
            FailedLogins.refused(address, userId, wait);
            long seconds = FailedLogins.seconds(wait);
            response.setHeader("Retry-After", Long.toString(seconds));
            JsonError.write(
                    response,
                    429,
                    null,
                    "For mange forkerte forsøg på at logge ind herfra. Vent " + seconds
                            + (seconds == 1 ? " sekund" : " sekunder") + ", og prøv igen.");
            return;
        }
        ClientAddress.set(address);
        try {
            chain.doFilter(forward, response);
        } finally {
            ClientAddress.clear();
        }
    }

    private static byte[] readLoginForm(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_LOGIN_FORM + 1);
        return body.length > MAX_LOGIN_FORM ? null : body;
    }

    /** The URL-decoded value of {@code name} in a form body, or {@code null}. */
    static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}

package dk.medhearing.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.Map;

/**
 * The pages of single sign-on, in Danish: the refusal for someone the provider knows but the MED organisation does
 * not, the page after logout, and for the webapps' logout link whether SSO is on.
 */
@Controller
@Conditional(SsoCondition.On.class)
class SsoPages {

    static final String REFUSED = "/sso/ingen-adgang";
    static final String LOGGED_OUT = "/sso/logget-ud";
    static final String FAILED = "/sso/login-fejlede";

    private final SsoProperties sso;

    SsoPages(SsoProperties sso) {
        this.sso = sso;
    }

    @GetMapping(REFUSED)
    String refused(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("contact", sso.contact());
        return "sso-refused";
    }

    @GetMapping(FAILED)
    String failed(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("contact", sso.contact());
        return "sso-failed";
    }

    @GetMapping(LOGGED_OUT)
    String loggedOut() {
        return "sso-logged-out";
    }

    /** Read by the webapps' script (sso-logout.js): with SSO their logout link ends both sessions at /logout. */
    @GetMapping(value = "/sso/config", produces = "application/json")
    @ResponseBody
    Map<String, String> config() {
        return Map.of("logout", "/logout");
    }
}

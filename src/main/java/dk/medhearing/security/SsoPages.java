package dk.medhearing.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages of single sign-on, in Danish: the refusal for someone the provider knows but the MED organisation does
 * not, and the page after logout.
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
}

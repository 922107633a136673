package dk.medhearing.hearing;

import dk.medhearing.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The status pages: running hearings with each committee's state, deadlines and the hearing window, for
 * administrators (and, limited to their own hearings, committee members). Log in through Tasklist or HTTP Basic.
 */
@Controller
public class HearingStatusPage {

    private final HearingQueries queries;

    public HearingStatusPage(HearingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/status")
    public String list(HttpServletRequest request, Model model) {
        model.addAttribute("hearings", queries.list(CurrentUser.of(request)));
        return "status";
    }

    @GetMapping("/status/{reference}")
    public String hearing(@PathVariable String reference, HttpServletRequest request, Model model) {
        model.addAttribute("hearing", queries.get(reference, CurrentUser.of(request)));
        return "status-hearing";
    }
}

package dk.medhearing.board;

import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.InputRules;
import dk.medhearing.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The status board ({@code /status}): hearings the user may see with working days left and what is overdue; per
 * hearing each committee's state, reminders, the embargo, open tasks (Tasklist) and the instance (Cockpit), and the
 * timeline as SVG. The start page with the schedule before the start is {@link StartPage}. Same login as the
 * webapps (session or HTTP Basic).
 */
@Controller
@Page
class BoardPage {

    private final BoardService board;
    private final AccessPolicy access;

    BoardPage(BoardService board, AccessPolicy access) {
        this.board = board;
        this.access = access;
    }

    @GetMapping("/status")
    String list(HttpServletRequest request, Model model) {
        CurrentUser user = CurrentUser.of(request);
        model.addAttribute("rows", board.list(user));
        model.addAttribute("administrator", access.isAdministrator(user));
        return "status";
    }

    @GetMapping("/status/{reference}")
    String hearing(@PathVariable String reference, HttpServletRequest request, Model model) {
        model.addAttribute("board", board.detail(InputRules.normaliseReference(reference), CurrentUser.of(request)));
        return "status-hearing";
    }
}

package dk.medhearing.mail;

import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /status/mail}: the mails that could not be sent, with a button that retries each (administrators only). */
@Controller
@Page
class OutboxPage {

    private final OutboxRepository repository;
    private final AccessPolicy access;

    OutboxPage(OutboxRepository repository, AccessPolicy access) {
        this.repository = repository;
        this.access = access;
    }

    @GetMapping("/status/mail")
    String page(HttpServletRequest request, Model model) {
        access.requireAdministrator(CurrentUser.of(request));
        model.addAttribute("failed", repository.inState(OutboxRepository.FAILED, 0, OutboxController.MAX_PAGE));
        model.addAttribute("failedCount", repository.count(OutboxRepository.FAILED));
        model.addAttribute("pending", repository.count(OutboxRepository.PENDING));
        return "mail-outbox";
    }
}

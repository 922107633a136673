package dk.medhearing.delivery;

import dk.medhearing.security.AccessPolicy;
import dk.medhearing.security.CurrentUser;
import dk.medhearing.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /status/sagsmapper}: case files that could not be delivered, with a button that delivers each again. */
@Controller
@Page
class DeliveryPage {

    static final int MAX_ROWS = 500;

    private final DeliveryRepository repository;
    private final AccessPolicy access;
    private final DeliveryProperties properties;

    DeliveryPage(DeliveryRepository repository, AccessPolicy access, DeliveryProperties properties) {
        this.repository = repository;
        this.access = access;
        this.properties = properties;
    }

    @GetMapping("/status/sagsmapper")
    String page(HttpServletRequest request, Model model) {
        access.requireAdministrator(CurrentUser.of(request));
        model.addAttribute("failed", repository.inState(DeliveryRepository.FAILED, MAX_ROWS));
        model.addAttribute("failedCount", repository.count(DeliveryRepository.FAILED));
        model.addAttribute("pending", repository.count(DeliveryRepository.PENDING));
        model.addAttribute("switchedOff", properties.kind() == DeliveryKind.NONE);
        return "casefile-deliveries";
    }
}

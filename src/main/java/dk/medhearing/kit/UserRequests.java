package dk.medhearing.kit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many HTTP requests (users in Tasklist, Cockpit, our pages and APIs) this node is answering right now, so that
 * background work such as mail delivery can give way to them: on the embedded H2 every commit waits for the one
 * before it, and a user should not wait behind a stream of "mail sent" marks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UserRequests extends OncePerRequestFilter {

    private final AtomicInteger inFlight = new AtomicInteger();

    /** Whether a request is being answered now. */
    public boolean busy() {
        return inFlight.get() > 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}

package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Lets only administrators through (after {@link ApiAuthenticationFilter} has authenticated the request): the
 * operations endpoints such as {@code /actuator/prometheus}, which show the whole installation's numbers.
 */
class AdministratorsOnlyFilter extends OncePerRequestFilter {

    private final AccessPolicy access;

    AdministratorsOnlyFilter(AccessPolicy access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = CurrentUser.of(request);
        if (user == null || !access.isAdministrator(user)) {
            JsonError.write(
                    response, HttpServletResponse.SC_FORBIDDEN, null, "Kun administratorer kan se driftstallene");
            return;
        }
        chain.doFilter(request, response);
    }
}

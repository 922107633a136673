package dk.medhearing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every log line of a request to a hearing's or dialogue meeting's own routes ({@code /api/hearings/{reference}/…},
 * {@code /api/dialogue-meetings/{reference}/…}, {@code /status/{reference}}) carries its reference in the logging
 * context (MDC key {@code reference}, the key the engine uses for a process instance's business key). Only a
 * well-formed reference is put there, upper-cased as it is stored, so a request cannot write into the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLoggingContext extends OncePerRequestFilter {

    static final String KEY = "reference";
    private static final Pattern ROUTE = Pattern.compile(
            "^/(?:api/hearings|api/dialogue-meetings|status)/([A-Za-z0-9ÆØÅæøå][A-Za-z0-9ÆØÅæøå-]{1,39})(?:/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String reference = referenceOf(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (reference == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(KEY, reference);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(KEY);
        }
    }

    static String referenceOf(String path) {
        Matcher m = ROUTE.matcher(path);
        if (!m.matches()
                || "schedule".equals(m.group(1))
                || "tidsplan".equals(m.group(1))
                || "mail".equals(m.group(1))) {
            return null;
        }
        return m.group(1).toUpperCase(Locale.ROOT);
    }
}

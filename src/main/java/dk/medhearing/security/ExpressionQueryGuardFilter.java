package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Refuses task (and filter) queries that combine {@code orQueries} with an expression ({@code ${...}} or
 * {@code #{...}}): Camunda 7.24.0 CE evaluates expressions inside OR queries despite the ad-hoc expression
 * switch, a known expression-injection weakness. Answers 400 with a JSON error before the engine sees the query.
 */
public class ExpressionQueryGuardFilter extends OncePerRequestFilter {

    static final Pattern EXPRESSION = Pattern.compile("[$#]\\s*\\{");
    private static final int MAX_BODY = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString() == null ? ""
                : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
        if (isRefused(query)) {
            refuse(response);
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body over 1 MiB");
            return;
        }
        if (isRefused(new String(body, StandardCharsets.UTF_8))) {
            refuse(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static boolean isRefused(String text) {
        return text.contains("orQueries") && EXPRESSION.matcher(text).find();
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return ("POST".equals(method) || "PUT".equals(method)) && request.getContentType() != null
                && request.getContentType().toLowerCase().contains("json");
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":"
                + "\"Expressions are not allowed in orQueries (Udtryk er ikke tilladt i orQueries)\"}");
    }

    /** Replays the body that was read for the check. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Asynchronous reads are not supported");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}

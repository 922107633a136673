package dk.medhearing.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Second line behind {@link QueryExpressionInterceptor}: refuses task and filter queries (engine REST and the
 * webapps' engine API) whose decoded query string or decoded JSON body holds an expression ({@code ${...}} or
 * {@code #{...}}) anywhere, unless the user is a Camunda admin. Answers 400 with a Danish JSON error before the
 * engine sees the request.
 */
class ExpressionQueryGuardFilter extends OncePerRequestFilter {

    static final Pattern GUARDED =
            Pattern.compile("(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/(?:task(?:/count)?|filter(?:/.*)?)/?");
    private static final int MAX_BODY = 1024 * 1024;

    private final RequestUser requestUser;

    ExpressionQueryGuardFilter(RequestUser requestUser) {
        this.requestUser = requestUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isGuarded(request) || requestUser.isCamundaAdmin(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!JsonExpressions.queryStringIsClean(request.getQueryString())) {
            refuse(response);
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            JsonError.write(
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    null,
                    "Forespørgslen er for stor: højst 1 MiB.");
            return;
        }
        if (!JsonExpressions.bodyIsClean(body, request.getCharacterEncoding())) {
            refuse(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    static boolean isGuarded(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return GUARDED.matcher(path).matches();
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        JsonError.write(
                response,
                HttpServletResponse.SC_BAD_REQUEST,
                "InvalidRequestException",
                ExpressionNotAllowedException.MESSAGE);
    }
}

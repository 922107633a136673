package dk.medhearing.web;

import java.util.regex.Pattern;

/**
 * Camunda's login of Tasklist, Cockpit and Admin ({@code POST /camunda/api/admin/auth/user/<engine>/login/<app>}):
 * the one place that knows its path, for the login limits in front of it and the Danish answer when it refuses.
 */
public final class WebappLogin {

    private static final Pattern PATH = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private WebappLogin() {}

    /** Whether {@code path}, taken after the context path, is the webapps' login. */
    public static boolean isLogin(String path) {
        return PATH.matcher(path).matches();
    }
}

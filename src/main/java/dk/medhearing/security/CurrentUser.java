package dk.medhearing.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/** The user a request to our own pages and API was authenticated as, with the Camunda groups they belong to. */
public record CurrentUser(String id, List<String> groupIds) {

    static final String ATTRIBUTE = CurrentUser.class.getName();
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    public boolean isCamundaAdmin() {
        return inGroup(CAMUNDA_ADMIN);
    }

    public static CurrentUser of(HttpServletRequest request) {
        return (CurrentUser) request.getAttribute(ATTRIBUTE);
    }
}

package dk.medhearing.committee;

import java.util.Arrays;
import java.util.Optional;

/** A member's role in a committee, as written in {@code config/organisation.yaml}. */
public enum Role {
    CHAIR("chair", "formand"),
    VICE_CHAIR("vice-chair", "næstformand"),
    SECRETARY("secretary", "referent"),
    TR("tr", "TR"),
    AMR("amr", "AMR"),
    MEMBER("member", "medlem");

    private final String key;
    private final String danish;

    Role(String key, String danish) {
        this.key = key;
        this.danish = danish;
    }

    public String key() {
        return key;
    }

    public String danish() {
        return danish;
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equalsIgnoreCase(key)).findFirst();
    }

    public static String allowedKeys() {
        return String.join(", ", Arrays.stream(values()).map(Role::key).toList());
    }
}

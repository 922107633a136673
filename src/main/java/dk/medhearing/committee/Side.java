package dk.medhearing.committee;

import java.util.Arrays;
import java.util.Optional;

/** Which side of a MED committee a member sits on. */
public enum Side {
    MANAGEMENT("management", "ledelsessiden"),
    EMPLOYEE("employee", "medarbejdersiden");

    private final String key;
    private final String danish;

    Side(String key, String danish) {
        this.key = key;
        this.danish = danish;
    }

    public String key() {
        return key;
    }

    public String danish() {
        return danish;
    }

    public static Optional<Side> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equalsIgnoreCase(key)).findFirst();
    }
}

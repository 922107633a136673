package dk.medhearing.committee;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisational unit a hearing involves. */
public enum UnitType {
    /** The unit that owns and publishes hearings. */
    ADMINISTRATION("administration"),
    /** HovedMED. */
    MAIN_COMMITTEE("main-committee"),
    /** A CenterMED. */
    LOCAL_COMMITTEE("local-committee"),
    /** The political committee's secretariat, which receives the consolidated response. */
    POLITICAL_COMMITTEE("political-committee");

    private final String key;

    UnitType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<UnitType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equalsIgnoreCase(key)).findFirst();
    }

    public static String allowedKeys() {
        return String.join(", ", Arrays.stream(values()).map(UnitType::key).toList());
    }
}

package dk.medhearing.dialogue;

/** Where a follow-up action stands, with the Danish label the API and the minutes show. */
public enum FollowUpState {
    OPEN("Åben"),
    OVERDUE("Fristen er overskredet"),
    CLOSED_ON_TIME("Afsluttet rettidigt"),
    CLOSED_LATE("Afsluttet efter fristen");

    private final String label;

    FollowUpState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == CLOSED_ON_TIME || this == CLOSED_LATE;
    }
}

package dk.medhearing.hearing;

/** Where a hearing as a whole stands, as the board and the metrics show it. */
public enum HearingPhase {
    EMBARGO("Under embargo"),
    CONSULTATION("Høringsperiode"),
    MAIN_COMMITTEE("Hos HovedMED"),
    SUBMITTED("Indsendt til udvalget");

    private final String label;

    HearingPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static HearingPhase of(Hearing hearing) {
        if (hearing.underEmbargo()) {
            return EMBARGO;
        }
        return switch (hearing.mainState()) {
            case SUBMITTED -> SUBMITTED;
            case AWAITING_COMMITTEES -> CONSULTATION;
            default -> MAIN_COMMITTEE;
        };
    }
}

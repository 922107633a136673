package dk.medhearing.response;

/** Where one CenterMED stands in a hearing. */
public enum CommitteeState {
    AWAITING_MEETING("Afventer indkaldelse til møde"),
    MEETING_SCHEDULED("Møde indkaldt"),
    MINUTES_RECORDED("Referat registreret"),
    DRAFTING("Høringssvar under udarbejdelse"),
    AWAITING_APPROVAL("Afventer godkendelse"),
    SUBMITTED("Høringssvar indsendt"),
    NO_RESPONSE("Intet høringssvar inden fristen");

    private final String label;

    CommitteeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

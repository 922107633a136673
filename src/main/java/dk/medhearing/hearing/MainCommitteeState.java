package dk.medhearing.hearing;

/** Where HovedMED's part of a hearing stands. */
public enum MainCommitteeState {
    AWAITING_COMMITTEES("Afventer CenterMEDernes høringssvar"),
    MINUTES_PENDING("Afventer referat af HovedMEDs møde"),
    DRAFTING("Samlet høringssvar under udarbejdelse"),
    AWAITING_APPROVAL("Afventer godkendelse af formand og næstformand"),
    AWAITING_SUBMISSION("Godkendt, afventer indsendelse til udvalget"),
    SUBMITTED("Indsendt til det politiske udvalg");

    private final String label;

    MainCommitteeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

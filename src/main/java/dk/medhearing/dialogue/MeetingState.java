package dk.medhearing.dialogue;

/** Where a dialogue meeting stands, with the Danish label the API shows. */
public enum MeetingState {
    AGENDA_PENDING("Dagsorden udarbejdes"),
    STATUS_NOTE_PENDING("Statusnotat udarbejdes"),
    INVITED("Indkaldt"),
    MINUTES_PENDING("Referat udarbejdes"),
    AWAITING_APPROVAL("Referat til godkendelse"),
    FOLLOW_UP("Opfølgning i gang"),
    CLOSED("Afsluttet");

    private final String label;

    MeetingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

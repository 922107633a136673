package dk.medhearing.support.flow;

/** Stands in for {@code ${dialogueMinutes}} in the BPMN: whether a party sent the minutes back in this round. */
public class StubMinutesDecisions {

    private boolean sentBack;

    public void sendBack(boolean sentBack) {
        this.sentBack = sentBack;
    }

    public boolean sentBack(String reference) {
        return sentBack;
    }
}

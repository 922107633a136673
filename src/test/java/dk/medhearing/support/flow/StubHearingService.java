package dk.medhearing.support.flow;

/** Stands in for {@code ${hearingService}} in the BPMN: a committee's display name from its id. */
public class StubHearingService {

    public String name(String committee) {
        return "CenterMED " + committee.toUpperCase();
    }
}

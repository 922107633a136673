package dk.medhearing.bench;

import dk.medhearing.committee.Unit;
import dk.medhearing.kit.ProcessValues;
import dk.medhearing.support.HearingDriver;
import org.camunda.bpm.engine.ProcessEngine;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a hearing on the bare engine with the variables the product's start and registration delegates leave
 * behind (dates as dates, the administration's group, HovedMED as the committee after the CenterMEDs).
 */
final class BareStarter {

    private final ProcessEngine bare;
    private final List<String> committees;
    private final String administration;
    private final String mainCommittee;

    BareStarter(ProcessEngine bare, ProductApp product, int committeeCount) {
        this.bare = bare;
        this.committees = product.organisation.localCommittees().stream()
                .map(Unit::id)
                .limit(committeeCount)
                .toList();
        this.administration = product.organisation.administration().id();
        this.mainCommittee = product.organisation.mainCommittee().id();
    }

    void start(String reference) {
        var input = HearingDriver.input(reference, committees);
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", reference);
        variables.put("title", input.title());
        variables.put("committees", ProcessValues.jsonList(committees));
        // what RegisterHearingDelegate leaves for the process (HearingStartVariables.registered): no embargo
        variables.put("deadlineAt", ProcessValues.date(OffsetDateTime.parse(input.responseDeadline())));
        variables.put("responseDeadlineText", input.responseDeadline());
        variables.put("mainMeetingAt", ProcessValues.date(OffsetDateTime.parse(input.mainCommitteeMeetingAt())));
        variables.put(
                "politicalMeetingAt", ProcessValues.date(OffsetDateTime.parse(input.politicalCommitteeMeetingAt())));
        variables.put("administration", administration);
        variables.put("committee", mainCommittee);
        variables.put("committeeName", mainCommittee);
        variables.put("embargoEndsAt", null);
        bare.getRuntimeService()
                .createProcessInstanceByKey("HearingProcess")
                .businessKey(reference)
                .setVariables(variables)
                .execute();
    }
}

package dk.medhearing.response;

import dk.medhearing.committee.Organisation;
import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners CenterMEDs ({@code CommitteeResponseProcess}) and HovedMED ({@code HearingProcess}) both use, one
 * bean per part: the same rules, each given its part's {@link Progress}. The BPMN names the part with the listener.
 */
@Configuration(proxyBeanMethods = false)
class ResponseListeners {

    @Bean("minutesTaskListener")
    MinutesTaskListener minutesTaskListener(MinutesRepository minutes, MeetingRepository meetings,
                                            Organisation organisation, CentreCommitteeProgress progress,
                                            Actor actor, EngineClock clock, MeetingRules rules) {
        return new MinutesTaskListener(minutes, meetings, organisation, progress, actor, clock, rules);
    }

    @Bean("mainCommitteeMinutesTaskListener")
    MinutesTaskListener mainCommitteeMinutesTaskListener(MinutesRepository minutes, MeetingRepository meetings,
                                                         Organisation organisation, MainCommitteeProgress progress,
                                                         Actor actor, EngineClock clock, MeetingRules rules) {
        return new MinutesTaskListener(minutes, meetings, organisation, progress, actor, clock, rules);
    }

    @Bean("draftResponseTaskListener")
    DraftResponseTaskListener draftResponseTaskListener(ResponseRepository responses,
                                                        CentreCommitteeProgress progress, Actor actor,
                                                        EngineClock clock) {
        return new DraftResponseTaskListener(responses, progress, actor, clock);
    }

    @Bean("mainCommitteeDraftResponseTaskListener")
    DraftResponseTaskListener mainCommitteeDraftResponseTaskListener(ResponseRepository responses,
                                                                     MainCommitteeProgress progress, Actor actor,
                                                                     EngineClock clock) {
        return new DraftResponseTaskListener(responses, progress, actor, clock);
    }

    @Bean("responseSentBackListener")
    ResponseSentBackListener responseSentBackListener(CentreCommitteeProgress progress) {
        return new ResponseSentBackListener(progress);
    }

    @Bean("mainCommitteeSentBackListener")
    ResponseSentBackListener mainCommitteeSentBackListener(MainCommitteeProgress progress) {
        return new ResponseSentBackListener(progress);
    }
}

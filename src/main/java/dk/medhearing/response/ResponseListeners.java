package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners CenterMEDs ({@code CommitteeResponseProcess}) and HovedMED ({@code HearingProcess}) both use, one
 * bean per part: the same service, each given its part's {@link Progress}. The BPMN names the part with the listener.
 */
@Configuration(proxyBeanMethods = false)
class ResponseListeners {

    @Bean("minutesTaskListener")
    MinutesTaskListener minutesTaskListener(
            CommitteeResponseService service, CentreCommitteeProgress progress, Actor actor) {
        return new MinutesTaskListener(service, progress, actor);
    }

    @Bean("mainCommitteeMinutesTaskListener")
    MinutesTaskListener mainCommitteeMinutesTaskListener(
            CommitteeResponseService service, MainCommitteeProgress progress, Actor actor) {
        return new MinutesTaskListener(service, progress, actor);
    }

    @Bean("draftResponseTaskListener")
    DraftResponseTaskListener draftResponseTaskListener(
            CommitteeResponseService service,
            ResponseRepository responses,
            CentreCommitteeProgress progress,
            Actor actor) {
        return new DraftResponseTaskListener(service, responses, progress, actor);
    }

    @Bean("mainCommitteeDraftResponseTaskListener")
    DraftResponseTaskListener mainCommitteeDraftResponseTaskListener(
            CommitteeResponseService service,
            ResponseRepository responses,
            MainCommitteeProgress progress,
            Actor actor) {
        return new DraftResponseTaskListener(service, responses, progress, actor);
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

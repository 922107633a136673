package dk.medhearing.response;

import dk.medhearing.kit.Actor;
import dk.medhearing.kit.EngineClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The approval tasks' listeners, one bean per approver role, so the BPMN names the role with the listener
 * ({@code ${chairApprovalTaskListener}}, {@code ${viceChairApprovalTaskListener}}) and no listener reads it from the
 * model. CenterMEDs' and HovedMED's approval tasks use the same two.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalTaskListeners {

    @Bean("chairApprovalTaskListener")
    ApprovalTaskListener chairApprovalTaskListener(ResponseRepository responses, Actor actor, EngineClock clock) {
        return new ApprovalTaskListener(ApproverRole.CHAIR, responses, actor, clock);
    }

    @Bean("viceChairApprovalTaskListener")
    ApprovalTaskListener viceChairApprovalTaskListener(ResponseRepository responses, Actor actor, EngineClock clock) {
        return new ApprovalTaskListener(ApproverRole.VICE_CHAIR, responses, actor, clock);
    }
}

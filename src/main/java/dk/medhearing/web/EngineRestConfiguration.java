package dk.medhearing.web;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API ({@code /engine-rest}) with our exception mapper for form validation failures. */
@Component
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(ValidationExceptionMapper.class);
        register(ValidationExceptionMapper.Rest.class);
        register(ValidationExceptionMapper.Unexpected.class);
    }
}

package dk.medhearing.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The deployment the app makes of its own processes and forms (copied onto the classpath by the build). */
@ConfigurationProperties("medhearing.deployment")
public record DeploymentProperties(
        @DefaultValue("medhearing") String name,
        @DefaultValue("processes") String processFolder,
        @DefaultValue("forms") String formFolder) {}

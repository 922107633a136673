package dk.medhearing.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * s4's bare application: Spring Boot with the Camunda webapp and REST starters of the product's versions and nothing
 * of ours. Only {@code @EnableAutoConfiguration}, no {@code @Configuration}, so the product's component scan (which
 * sees the test classes in the benchmark's JVM) never picks it up. Packaged by {@link BareJar}.
 */
@EnableAutoConfiguration
public class BareWebApp {
    public static void main(String[] args) {
        SpringApplication.run(BareWebApp.class, args);
    }
}

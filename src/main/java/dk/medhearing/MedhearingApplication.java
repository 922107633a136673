package dk.medhearing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MedhearingApplication {
    public static void main(String[] args) {
        SpringApplication.run(MedhearingApplication.class, args);
    }
}

package dk.medhearing.security;

import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * Read by the webapps' script (sso-logout.js) on every page load: with single sign-on their logout link ends both
 * sessions at {@code /logout}; without it the answer is empty and the webapps' own logout stays. Always there, so a
 * page load never asks for something that does not exist.
 */
@RestController
class SsoConfigEndpoint {

    private final Map<String, String> config;

    SsoConfigEndpoint(Environment environment) {
        this.config = SsoCondition.isOn(environment) ? Map.of("logout", "/logout") : Map.of();
    }

    @GetMapping(value = "/sso/config", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(config);
    }
}

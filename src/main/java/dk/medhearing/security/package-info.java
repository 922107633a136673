/** Authentication of the REST API, guards against known engine weaknesses, and the production secrets check. */
@ApplicationModule(allowedDependencies = {"committee", "kit", "web"})
package dk.medhearing.security;

import org.springframework.modulith.ApplicationModule;

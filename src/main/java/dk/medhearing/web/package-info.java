/** Shared pieces of our own REST API and rules: field errors, validation failures, input length rules, 4xx answers. */
@ApplicationModule(allowedDependencies = {})
package dk.medhearing.web;

import org.springframework.modulith.ApplicationModule;

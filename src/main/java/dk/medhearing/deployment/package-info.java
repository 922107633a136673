/** Deploys the top-level processes/ and forms/ folders to the engine, with stable names and duplicate filtering. */
@ApplicationModule(allowedDependencies = {"kit"})
package dk.medhearing.deployment;

import org.springframework.modulith.ApplicationModule;

/** Tasklist set-up: the saved filters every MED user sees. */
@ApplicationModule(allowedDependencies = {"kit"})
package dk.medhearing.tasklist;

import org.springframework.modulith.ApplicationModule;

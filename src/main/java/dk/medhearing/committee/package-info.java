/** The MED organisation (administration, HovedMED, CenterMEDs, political committee) and its sync into Camunda identity. */
@ApplicationModule(allowedDependencies = {"kit"})
package dk.medhearing.committee;

import org.springframework.modulith.ApplicationModule;

/** The Danish working-day calendar: public holidays, the municipality's own days off, deadlines and holiday periods. */
@ApplicationModule(allowedDependencies = {"kit", "web"})
package dk.medhearing.calendar;

import org.springframework.modulith.ApplicationModule;

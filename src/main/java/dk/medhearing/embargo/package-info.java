/**
 * The embargo: an embargoed hearing goes first to each consulted CenterMED's management side, whose centre manager
 * (the CenterMED's chair) confirms that staff are briefed; it is published to all members when every centre manager
 * has confirmed or the embargo ends, whichever comes first.
 */
@ApplicationModule(allowedDependencies = {"hearing", "schedule", "committee", "kit", "web"})
package dk.medhearing.embargo;

import org.springframework.modulith.ApplicationModule;

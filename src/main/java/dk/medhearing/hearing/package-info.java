/**
 * A hearing: its start (REST and Tasklist), its validation and schedule preview, its records, the HearingProcess's
 * own delegates and the status API. Implements {@code response.HearingRecords} for the committees' part.
 */
@ApplicationModule(
        allowedDependencies = {"response", "schedule", "calendar", "committee", "mail", "security", "kit", "web"})
package dk.medhearing.hearing;

import org.springframework.modulith.ApplicationModule;

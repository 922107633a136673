/**
 * The mails of a hearing: who gets which mail, with which .ics entries, and the service tasks of every process that
 * send them (notify committees, invitation, receipt, reminders, missed deadline, embargo material, the consolidated
 * response to the political committee). Mails go through the outbox of {@code mail}.
 */
@ApplicationModule(
        allowedDependencies = {
            "hearing",
            "response",
            "document",
            "embargo",
            "schedule",
            "calendar",
            "committee",
            "mail",
            "kit"
        })
package dk.medhearing.notification;

import org.springframework.modulith.ApplicationModule;

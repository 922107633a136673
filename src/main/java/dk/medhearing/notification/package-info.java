/** The mails of a hearing: who gets which mail, with which .ics entries, and when reminders are due. */
package dk.medhearing.notification;

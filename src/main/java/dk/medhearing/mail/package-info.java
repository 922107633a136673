/**
 * Mail: the outbox (rows written in the caller's transaction, delivered outside any transaction with retries; a
 * FAILED mail is an incident in Cockpit), the Danish templates, the embedded SMTP server of the default profile,
 * and the mailbox and outbox pages.
 */
@ApplicationModule(allowedDependencies = {"kit", "security", "web"})
package dk.medhearing.mail;

import org.springframework.modulith.ApplicationModule;

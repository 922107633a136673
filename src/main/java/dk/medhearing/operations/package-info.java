/**
 * Operations: the business metrics an operator alerts on (hearings by phase, overdue tasks, the mail outbox,
 * the case-file deliveries, incidents, the job backlog), registered with Micrometer and served in Prometheus's format at
 * {@code /actuator/prometheus} to administrators.
 */
@ApplicationModule(allowedDependencies = {"hearing", "mail", "delivery", "security", "kit"})
package dk.medhearing.operations;

import org.springframework.modulith.ApplicationModule;

/**
 * The engine-side boundary of task forms: a submission (whatever the transport) may set only the fields of the task's
 * deployed Camunda Form and the documented API fields; process data is out of a task user's reach, and a task goes
 * only to someone who may do it.
 */
@ApplicationModule(allowedDependencies = {"security", "kit", "web"})
package dk.medhearing.formguard;

import org.springframework.modulith.ApplicationModule;

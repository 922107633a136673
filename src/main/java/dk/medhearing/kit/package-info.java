/**
 * The shared kit every feature builds on: the form task listener base ({@link dk.medhearing.kit.FormTaskListener}),
 * reading submitted form fields ({@link dk.medhearing.kit.FormValues}), who acted ({@link dk.medhearing.kit.Actor}),
 * an approver's decision ({@link dk.medhearing.kit.Decision}), the engine clock and the one time zone
 * ({@link dk.medhearing.kit.EngineClock}), Danish date formats ({@link dk.medhearing.kit.DateTimes}) and the text
 * trim helper ({@link dk.medhearing.kit.Texts}), and how many users' requests the node is answering
 * ({@link dk.medhearing.kit.UserRequests}), for background work that gives way to them, and the start's own work
 * done in the background before anything starts ({@link dk.medhearing.kit.StartupWork}), the lifecycle of the threads
 * that deliver to the outside ({@link dk.medhearing.kit.BackgroundThreads}), and the engine's XML datatype
 * factory named once ({@code DatatypeFactoryPlugin}). It depends on nothing of ours but {@code web}'s field errors.
 */
@ApplicationModule(allowedDependencies = {"web"})
package dk.medhearing.kit;

import org.springframework.modulith.ApplicationModule;

/**
 * The dates a hearing follows: one service for the BPMN timers (scheduling, reminders, embargo end), the reminder
 * days, and the schedule view shown before the start ({@code hearing.SchedulePreview} builds it from a hearing input).
 */
@ApplicationModule(allowedDependencies = {"calendar", "kit", "web"})
package dk.medhearing.schedule;

import org.springframework.modulith.ApplicationModule;

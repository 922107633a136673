/** The dates a hearing follows: one service for the BPMN timers and the schedule shown before the start. */
package dk.medhearing.schedule;

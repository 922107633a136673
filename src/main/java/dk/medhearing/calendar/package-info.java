/** The Danish working-day calendar: public holidays, the municipality's own days off, deadlines and holiday periods. */
package dk.medhearing.calendar;

/** A hearing: its start (REST and Tasklist), its records, the HearingProcess's delegates and the status API. */
package dk.medhearing.hearing;

/**
 * A hearing: its start (REST and Tasklist), its validation and schedule preview, its records, the HearingProcess's
 * own delegates and the status API. Implements {@code response.HearingRecords} for the committees' part.
 */
package dk.medhearing.hearing;

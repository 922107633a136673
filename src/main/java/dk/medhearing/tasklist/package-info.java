/** Tasklist set-up: the saved filters every MED user sees. */
package dk.medhearing.tasklist;

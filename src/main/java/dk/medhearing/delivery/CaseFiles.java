package dk.medhearing.delivery;

import dk.medhearing.casefile.CaseFile;

/**
 * Builds the case file of a hearing (by its reference) or of a dialogue meeting (by its reference or id). Read
 * outside any engine transaction, at the first delivery attempt; the bytes built then are the ones delivered on every
 * later attempt.
 */
public interface CaseFiles {

    CaseFile hearing(String reference);

    CaseFile dialogue(String id);
}

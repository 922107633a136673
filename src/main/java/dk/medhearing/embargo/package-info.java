/**
 * The embargo: an embargoed hearing goes first to each consulted CenterMED's management side, whose centre manager
 * (the CenterMED's chair) confirms that staff are briefed; it is published to all members when every centre manager
 * has confirmed or the embargo ends, whichever comes first.
 */
package dk.medhearing.embargo;

/** The status board: hearings with working days left and what is overdue, each hearing's timeline as SVG. */
package dk.medhearing.board;

/** The consolidated hearing response as a document: rendered to HTML and PDF, frozen once approved, served by the API. */
package dk.medhearing.document;

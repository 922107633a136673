/** The consolidated hearing response as a document: rendered to HTML and PDF, frozen once approved, served by the API. */
@ApplicationModule(allowedDependencies = {"hearing", "response", "committee", "security", "kit", "web"})
package dk.medhearing.document;

import org.springframework.modulith.ApplicationModule;

/** One committee's part of a hearing: meeting, minutes, response drafts, approvals and the CommitteeResponseProcess. */
@ApplicationModule(allowedDependencies = {"committee", "kit", "web"})
package dk.medhearing.response;

import org.springframework.modulith.ApplicationModule;

/** One committee's part of a hearing: meeting, minutes, response drafts, approvals and the CommitteeResponseProcess. */
package dk.medhearing.response;

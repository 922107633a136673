/** Authentication of the REST API, guards against known engine weaknesses, and the production secrets check. */
package dk.medhearing.security;

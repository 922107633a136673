/** Shared pieces of our own REST API and rules: field errors, validation failures, 4xx answers, the engine clock. */
package dk.medhearing.web;

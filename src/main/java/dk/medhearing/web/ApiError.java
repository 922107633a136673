package dk.medhearing.web;

import java.util.List;

/** The body of every 4xx answer of our own API. */
public record ApiError(int status, String message, List<FieldError> errors) {}

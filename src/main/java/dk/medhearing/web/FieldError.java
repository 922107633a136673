package dk.medhearing.web;

/** One broken rule: the field (as named in the API and the form) and a Danish message naming the rule. */
public record FieldError(String field, String message) {}

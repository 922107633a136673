package dk.medhearing.dialogue.configuration;

/** A person who may take part in dialogue meetings for a party; {@code id} is the Camunda user id. */
public record Participant(String id, String name, String title, String email) {}

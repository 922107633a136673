package dk.medhearing.document;

/** One rendering of the consolidated response: the XHTML page and the PDF made from it. */
public record RenderedDocument(String html, byte[] pdf) {}

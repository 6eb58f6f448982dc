package org.journalkg.issue;

/**
 * A research project an article results from: its grant number, the agency that granted it
 * where the note names one with an approval number (批准号), the programme and the project title.
 */
public record Funding(String identifier, String funder, String programme, String title) {
}

package dk.medhearing.casefile;

import dk.medhearing.document.Text;

import java.util.List;

/**
 * What one rendered document of a case file shows, as the template {@code casefile/record} reads it: a letterhead,
 * a heading, the header fields (J.nr., date, from, to) and sections of fields, text and tables. Every value is data:
 * the template escapes it, and what XML cannot hold is stripped before rendering.
 */
record RecordPage(String letterhead, String heading, String subject, List<Field> meta, List<Section> sections) {

    RecordPage {
        letterhead = Text.clean(letterhead);
        heading = Text.clean(heading);
        subject = Text.clean(subject);
        meta = List.copyOf(meta);
        sections = List.copyOf(sections);
    }

    record Field(String label, String value) {

        Field {
            value = Text.clean(value == null ? "" : value);
        }
    }

    /** A section: a heading, fields, a text, a table and a notice, each optional. */
    record Section(String heading, List<Field> fields, Text text, Table table, String notice) {

        Section {
            heading = Text.clean(heading);
            notice = Text.clean(notice);
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        static Section fields(String heading, List<Field> fields) {
            return new Section(heading, fields, null, null, null);
        }

        static Section text(String heading, String text, String whenEmpty) {
            Text body = Text.of(text);
            return new Section(heading, List.of(), body, null, body == null ? whenEmpty : null);
        }

        static Section notice(String heading, String notice) {
            return new Section(heading, List.of(), null, null, notice);
        }

        static Section table(String heading, List<String> header, List<List<String>> rows, String whenEmpty) {
            return new Section(
                    heading,
                    List.of(),
                    null,
                    rows.isEmpty() ? null : new Table(header, rows),
                    rows.isEmpty() ? whenEmpty : null);
        }
    }

    record Table(List<String> header, List<List<String>> rows) {

        Table {
            header = List.copyOf(header);
            rows = rows.stream()
                    .map(row -> row.stream()
                            .map(v -> Text.clean(v == null ? "" : v))
                            .toList())
                    .toList();
        }
    }
}

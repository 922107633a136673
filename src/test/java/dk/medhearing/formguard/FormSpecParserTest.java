package dk.medhearing.formguard;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormSpecParserTest {

    @Test
    void shouldFindTheFieldsInsideGroupsAndTheDocumentedApiFields() throws Exception {
        try (InputStream form = new FileInputStream("forms/schedule-committee-meeting.form")) {
            FormSpec spec = FormSpecParser.parse(form);

            assertThat(spec.editable())
                    .containsExactlyInAnyOrder(
                            "meetingDate", "meetingTime", "meetingEnd", "meetingPlace", "meetingStart");
            assertThat(spec.readOnly()).containsExactlyInAnyOrder("title", "responseDeadlineText");
        }
    }

    @Test
    void shouldKeepReadOnlyFieldsApart() throws Exception {
        try (InputStream form = new FileInputStream("forms/approve-response.form")) {
            FormSpec spec = FormSpecParser.parse(form);

            assertThat(spec.editable()).containsExactlyInAnyOrder("decision", "approvalComment");
            assertThat(spec.readOnly()).containsExactlyInAnyOrder("title", "responsePreview");
        }
    }

    @Test
    void shouldNameAPathGroupByItsFirstSegment() throws Exception {
        String form = """
                {"id":"x","components":[{"type":"text","text":"Hej"},
                 {"type":"dynamiclist","path":"items","components":[{"type":"textfield","key":"title"}]},
                 {"type":"textfield","key":"address.street"}]}""";

        FormSpec spec = FormSpecParser.parse(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)));

        assertThat(spec.editable()).containsExactlyInAnyOrder("items", "address");
    }
}

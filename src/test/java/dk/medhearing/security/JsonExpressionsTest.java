package dk.medhearing.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonExpressionsTest {

    private static byte[] utf8(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldFindAnExpressionBehindAnEscapedDollar() {
        assertThat(JsonExpressions.bodyIsClean(utf8("{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{x}\"}]}"), null))
                .isFalse();
    }

    @Test
    void shouldFindAnExpressionInAKey() {
        assertThat(JsonExpressions.bodyIsClean(utf8("{\"\\u0024{x}\":1}"), null))
                .isFalse();
    }

    @Test
    void shouldFindAHashExpression() {
        assertThat(JsonExpressions.bodyIsClean(utf8("{\"a\":[\"#{x}\"]}"), null))
                .isFalse();
    }

    @Test
    void shouldFindExpressionsInUtf16AndUtf32Bodies() {
        String json = "{\"orQueries\":[{\"assigneeExpression\":\"${x}\"}]}";
        assertThat(JsonExpressions.bodyIsClean(json.getBytes(StandardCharsets.UTF_16BE), null))
                .isFalse();
        assertThat(JsonExpressions.bodyIsClean(json.getBytes(StandardCharsets.UTF_16LE), null))
                .isFalse();
        assertThat(JsonExpressions.bodyIsClean(json.getBytes(Charset.forName("UTF-32BE")), null))
                .isFalse();
    }

    @Test
    void shouldFindAnExpressionHiddenBehindADuplicateKey() {
        assertThat(JsonExpressions.bodyIsClean(utf8("{\"assignee\":\"${x}\",\"assignee\":\"a\"}"), null))
                .isFalse();
    }

    @Test
    void shouldRefuseWhatCannotBeDecoded() {
        assertThat(JsonExpressions.bodyIsClean(utf8("{\"a\":"), null)).isFalse();
    }

    @Test
    void shouldLetPlainQueriesThrough() {
        assertThat(JsonExpressions.bodyIsClean(
                        utf8("{\"orQueries\":[{\"candidateGroup\":\"amc-chair\"}],"
                                + "\"sorting\":[{\"sortBy\":\"created\"}]}"),
                        "UTF-8"))
                .isTrue();
        assertThat(JsonExpressions.bodyIsClean(utf8("  "), null)).isTrue();
    }

    @Test
    void shouldFindAnEncodedExpressionInTheQueryString() {
        assertThat(JsonExpressions.queryStringIsClean("candidateGroupExpression=%24%7Bx%7D"))
                .isFalse();
        assertThat(JsonExpressions.queryStringIsClean("%61ssigneeExpression=%23%7Bx%7D"))
                .isFalse();
        assertThat(JsonExpressions.queryStringIsClean("a=%zz")).isFalse();
        assertThat(JsonExpressions.queryStringIsClean("candidateGroup=amc-chair&sortBy=created"))
                .isTrue();
    }
}

package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PostedArticleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String refusal(String json) throws Exception {
        return PostedArticle.refusal(JSON.readTree(json));
    }

    @Test
    void takesAnArticleWithTheDocumentedFields() throws Exception {
        assertThat(refusal("{\"url\":\"https://example.org/a\",\"title\":\"T\",\"text\":\"Words.\","
                + "\"date\":\"2016-10-05\",\"outlet\":\"AFP\",\"html\":null}")).isNull();
        assertThat(refusal("{\"html\":\"<p>Words.</p>\",\"date\":\"2016-10-05T14:30:00Z\"}")).isNull();
        assertThat(refusal("{\"text\":\"Words.\",\"date\":\"2016-10-05T14:30:00\"}")).isNull();
        assertThat(refusal("{\"text\":\"Words.\",\"date\":\"Wed, 5 Oct 2016 14:30:00 GMT\"}")).isNull();
    }

    @Test
    void refusesADateItWouldHaveToGuessAtNamingTheFieldAndTheFormats() throws Exception {
        for (String date : new String[] {"05/10/2016", "2016-10-05 garbage", "2016-02-30", "yesterday", "2016"}) {
            assertThat(refusal("{\"text\":\"Words.\",\"date\":\"" + date + "\"}")).as(date)
                    .contains("'date'", "'" + date + "'", "2016-10-08T14:30:00Z", "Sat, 08 Oct 2016 14:30:00 GMT");
        }
    }

    @Test
    void refusesUnknownFieldsAndWrongTypes() throws Exception {
        assertThat(refusal("{\"text\":\"Words.\",\"dat\":\"2016-10-05\"}")).contains("unknown field 'dat'",
                "date");
        assertThat(refusal("{\"text\":\"Words.\",\"lang\":\"en\",\"authorz\":\"A\"}"))
                .contains("unknown fields 'lang', 'authorz'");
        assertThat(refusal("{\"text\":\"Words.\",\"outlet\":5}")).contains("'outlet' must be a string");
        assertThat(refusal("{\"title\":\"Only a title\"}")).contains("'text'", "'html'");
        assertThat(refusal("[1]")).isEqualTo("not an object");
    }

    @Test
    void takesTheOtherNamesTheFileReaderTakesAndChecksTheirDates() throws Exception {
        assertThat(refusal("{\"link\":\"https://example.org/a\",\"content\":\"Words.\","
                + "\"published\":\"2016-10-05\",\"source\":\"Herald\"}")).isNull();
        assertThat(refusal("{\"content\":\"Words.\",\"published\":\"05/10/2016\"}"))
                .contains("'published' is not a date");
    }
}

package org.dossier.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layers;
import org.dossier.model.Article;
import org.dossier.model.DateExpression;
import org.dossier.model.DateExpression.Precision;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.nlp.TestModels;
import org.dossier.testing.Articles;
import org.dossier.testing.StageTestCase;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorIT extends StageTestCase {

    private static final String TEXT = "On Monday, Maria Lopez met officials of the World Health Organization in "
            + "Geneva.\n\nLast week she was in Nairobi. The report is due on March 3, 2017.";

    @Override
    protected ArticleStage stage() {
        return new CoreNlpAnnotator(TestModels.get());
    }

    @Override
    protected AnnotatedArticle prepare(Article article) {
        return AnnotatedArticle.of(article);
    }

    @Test
    void findsSentencesAndNamedEntities() throws Exception {
        AnnotatedArticle out = stage().apply(AnnotatedArticle.of(Articles.of(TEXT)));
        assertThat(out.get(Layers.SENTENCES)).hasSize(3);
        List<Mention> mentions = out.get(Layers.MENTIONS);
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).extracting(Mention::text)
                .containsExactly("Maria Lopez");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.LOCATION).extracting(Mention::text)
                .contains("Geneva", "Nairobi");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(Mention::text)
                .contains("World Health Organization");
    }

    @Test
    void aTypographicApostropheIsTaggedAsTheAsciiOneAndKeptInTheWord() throws Exception {
        AnnotatedArticle out = stage().apply(AnnotatedArticle.of(Articles.of(
                "Ms. Ray said it’s one of her favorite pictures and they’re keeping it.")));
        List<org.dossier.model.Token> tokens = out.get(Layers.SENTENCES).getFirst().tokens();
        assertThat(tokens).filteredOn(t -> t.word().equals("’s")).extracting(org.dossier.model.Token::pos)
                .containsExactly("VBZ");
        assertThat(tokens).filteredOn(t -> t.word().equals("’re")).extracting(org.dossier.model.Token::pos)
                .containsExactly("VBP");
    }

    @Test
    void eachSentenceGetsNamesAmountsAndDatesFromTheTaggerItNeeds() throws Exception {
        String text = "Rebels seized 20 tanks worth $5 million near Homs.\n\nThe talks in Geneva ended on Tuesday "
                + "with 3 deals.\n\nAmnesty International condemned the siege.";
        AnnotatedArticle out = stage().apply(AnnotatedArticle.of(Articles.of(text)));
        java.util.Map<String, String> tags = new java.util.HashMap<>();
        out.get(Layers.SENTENCES).forEach(s -> s.tokens().forEach(t -> tags.put(t.word(), t.ner())));
        assertThat(tags).containsEntry("20", "NUMBER").containsEntry("$", "MONEY").containsEntry("Homs", "LOCATION")
                .containsEntry("Tuesday", "DATE").containsEntry("3", "NUMBER").containsEntry("Geneva", "LOCATION")
                .containsEntry("Amnesty", "ORGANIZATION");
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() throws Exception {
        AnnotatedArticle out = stage().apply(AnnotatedArticle.of(Articles.of(TEXT, LocalDate.of(2016, 10, 12))));
        List<DateExpression> dates = out.get(Layers.DATES);
        assertThat(date(dates, "Monday").date()).isEqualTo(LocalDate.of(2016, 10, 10));
        assertThat(date(dates, "Last week").precision()).isEqualTo(Precision.WEEK);
        assertThat(date(dates, "Last week").date()).isEqualTo(LocalDate.of(2016, 10, 3));
        assertThat(date(dates, "March 3, 2017").date()).isEqualTo(LocalDate.of(2017, 3, 3));
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() throws Exception {
        AnnotatedArticle out = stage().apply(AnnotatedArticle.of(Articles.of(TEXT)));
        List<DateExpression> dates = out.get(Layers.DATES);
        assertThat(date(dates, "Monday").precision()).isEqualTo(Precision.UNRESOLVED);
        assertThat(date(dates, "March 3, 2017").date()).isEqualTo(LocalDate.of(2017, 3, 3));
    }

    @Test
    void refusesTextOverTheLimit() {
        CoreNlpAnnotator strict = new CoreNlpAnnotator(TestModels.get(), 50);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.apply(AnnotatedArticle.of(Articles.of(TEXT))))
                .isInstanceOf(org.dossier.core.StageException.class)
                .hasMessageContaining("text too long to analyze").hasMessageContaining("limit of 50");
    }

    private static DateExpression date(List<DateExpression> dates, String text) {
        return dates.stream().filter(d -> d.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no date '" + text + "' in " + dates));
    }
}

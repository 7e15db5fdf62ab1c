package org.dossier.nlp.embed;

import java.util.List;
import java.util.Set;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.dossier.model.TextEmbedding;

/**
 * Embeds each article's title and lead (its first {@value #LEAD_WORDS} words) for story clustering and for the
 * page-kind model of the events (which pages are news of public life). The lead
 * says what a news story is about, and the encoder's cost grows with the length of its input: 80 words cost
 * about a fifth of the CPU time of the whole text and clustered ECB+ as well as 200 words in a trial.
 */
public final class LeadEmbedder implements ArticleStage {

    public static final String NAME = "embed.v1";
    public static final int LEAD_WORDS = 80;

    private final SentenceEncoder encoder;

    public LeadEmbedder(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.EMBEDDINGS);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        Article article = in.article();
        Span lead = lead(article.text());
        float[] vector = encoder.encode(input(article.metadata().titleText(), article.text(), lead));
        return in.with(Layers.EMBEDDINGS, List.of(new TextEmbedding(encoder.name(), lead, vector)));
    }

    /** The title and lead, as given to the encoder; the same text the clustering evaluation embeds. */
    public static String input(String title, String text) {
        return input(title, text, lead(text));
    }

    private static String input(String title, String text, Span lead) {
        String body = text.substring(lead.start(), lead.end());
        return title == null || title.isBlank() || text.startsWith(title) ? body : title + "\n" + body;
    }

    /** The span from the text's start to the end of its {@value #LEAD_WORDS}th word. */
    static Span lead(String text) {
        int words = 0;
        int i = 0;
        int end = 0;
        int n = text.length();
        while (i < n && words < LEAD_WORDS) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < n) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                end = i;
                words++;
            }
        }
        return new Span(0, end);
    }
}

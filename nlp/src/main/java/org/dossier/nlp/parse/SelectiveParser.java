package org.dossier.nlp.parse;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.ArticleStage;
import org.dossier.core.Layer;
import org.dossier.core.Layers;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Token;
import org.dossier.nlp.NlpModels;
import org.dossier.nlp.corenlp.Apostrophes;

/**
 * Dependency-parses (Universal Dependencies, CoreNLP's neural parser) only the sentences a selector asks for and
 * that are not longer than the configured limit.
 */
public final class SelectiveParser implements ArticleStage {

    public static final String NAME = "parse.v1";

    private final NlpModels models;
    private final SentenceSelector selector;

    public SelectiveParser(NlpModels models, SentenceSelector selector) {
        this.models = models;
        this.selector = selector;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PARSES);
    }

    @Override
    public AnnotatedArticle apply(AnnotatedArticle in) {
        List<SentenceParse> parses = new ArrayList<>();
        for (Sentence sentence : in.get(Layers.SENTENCES)) {
            if (sentence.tokens().size() <= models.config().maxParseTokens() && selector.wantsParse(sentence)) {
                parses.add(parse(sentence));
            }
        }
        return in.with(Layers.PARSES, parses);
    }

    SentenceParse parse(Sentence sentence) {
        List<CoreLabel> labels = parserInput(sentence);
        GrammaticalStructure structure = models.parser().predict(labels);
        List<Dependency> arcs = new ArrayList<>(labels.size());
        for (TypedDependency dependency : structure.typedDependencies()) {
            arcs.add(new Dependency(dependency.gov().index() - 1, dependency.dep().index() - 1,
                    dependency.reln().toString()));
        }
        return new SentenceParse(sentence.index(), arcs);
    }

    /** What the parser reads of a sentence: each token's word, tag and 1-based index. */
    static List<CoreLabel> parserInput(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        int index = 1;
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            // the parser learnt "'s" and "n't", not "’s" and "n’t" (see Apostrophes)
            String word = Apostrophes.forParser(token.word());
            label.setWord(word);
            label.setValue(word);
            label.setTag(token.pos());
            label.setIndex(index++);
            labels.add(label);
        }
        return labels;
    }
}

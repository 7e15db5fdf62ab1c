package org.dossier.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Dependency;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * A sentence with its dependency parse, indexed for the questions event and figure rules ask: lower-case words
 * and lemmas, a token's head and relation, its dependents, and the extent of its subtree. The parse may be
 * missing (the sentence was not parsed); then only the word-level methods apply.
 */
public final class SentenceView {

    private final Sentence sentence;
    private final SentenceParse parse;
    private final List<String> words;
    private final List<String> lemmas;
    private final int[] heads;
    private final String[] relations;
    private final List<List<Integer>> children;

    public SentenceView(Sentence sentence, SentenceParse parse) {
        this.sentence = sentence;
        this.parse = parse;
        int n = sentence.tokens().size();
        List<String> w = new ArrayList<>(n);
        List<String> l = new ArrayList<>(n);
        for (Token token : sentence.tokens()) {
            w.add(token.word().toLowerCase(Locale.ROOT));
            l.add(token.lemma().toLowerCase(Locale.ROOT));
        }
        this.words = Collections.unmodifiableList(w);
        this.lemmas = Collections.unmodifiableList(l);
        this.heads = new int[n];
        this.relations = new String[n];
        this.children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            heads[i] = -1;
            relations[i] = "";
            children.add(new ArrayList<>());
        }
        if (parse != null) {
            for (Dependency arc : parse.arcs()) {
                int d = arc.dependent();
                if (d >= 0 && d < n) {
                    heads[d] = arc.head() >= 0 && arc.head() < n ? arc.head() : -1;
                    relations[d] = arc.relation();
                    if (heads[d] >= 0 && heads[d] != d) {
                        children.get(heads[d]).add(d);
                    }
                }
            }
            children.forEach(Collections::sort);
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public boolean parsed() {
        return parse != null;
    }

    public int size() {
        return words.size();
    }

    public Token token(int i) {
        return sentence.tokens().get(i);
    }

    /** The words, lower case. */
    public List<String> words() {
        return words;
    }

    public String word(int i) {
        return words.get(i);
    }

    public String lemma(int i) {
        return lemmas.get(i);
    }

    public String pos(int i) {
        return sentence.tokens().get(i).pos();
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN") || pos(i).equals("PRP");
    }

    public int head(int i) {
        return heads[i];
    }

    /** The UD relation to the head ("nsubj", "obj", "obl", "nsubj:pass"), "root", or "" when unparsed. */
    public String relation(int i) {
        return relations[i];
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The dependents of {@code i} whose relation is one of {@code relations} or starts with one and a colon. */
    public List<Integer> children(int i, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (hasRelation(c, relations)) {
                out.add(c);
            }
        }
        return out;
    }

    public int firstChild(int i, Set<String> relations) {
        for (int c : children.get(i)) {
            if (hasRelation(c, relations)) {
                return c;
            }
        }
        return -1;
    }

    /** "obl:tmod" has the relation "obl"; "nsubj:pass" only "nsubj:pass". */
    public boolean hasRelation(int i, Set<String> set) {
        String r = relations[i];
        if (set.contains(r)) {
            return true;
        }
        int colon = r.indexOf(':');
        return colon > 0 && set.contains(r.substring(0, colon)) && !r.equals("nsubj:pass");
    }

    /** The word of the first "case" dependent ("by" in "by rebels"), or null. */
    public String caseMarker(int i) {
        for (int c : children.get(i)) {
            if (relations[c].equals("case")) {
                return words.get(c);
            }
        }
        return null;
    }

    /**
     * The tokens of the subtree of {@code root}, in order, not descending into dependents whose relation is in
     * {@code stop}.
     */
    public List<Integer> subtree(int root, Set<String> stop) {
        List<Integer> out = new ArrayList<>();
        collect(root, stop, out, 0);
        Collections.sort(out);
        return out;
    }

    private void collect(int node, Set<String> stop, List<Integer> out, int depth) {
        if (depth > size()) {
            return; // a cycle in a malformed parse
        }
        out.add(node);
        for (int c : children.get(node)) {
            if (!hasRelation(c, stop)) {
                collect(c, stop, out, depth + 1);
            }
        }
    }

    /** Whether {@code ancestor} dominates {@code node} (or is it). */
    public boolean dominates(int ancestor, int node) {
        for (int x = node, steps = 0; x >= 0 && steps <= size(); x = heads[x], steps++) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The characters of tokens {@code first..last} in the article text. */
    public Span span(int first, int last) {
        return new Span(token(first).span().start(), token(last).span().end());
    }

    /** The characters from the first to the last of the tokens. */
    public Span span(List<Integer> tokens) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int t : tokens) {
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        return span(first, last);
    }

    /** The token whose characters contain the offset, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) {
            Span s = token(i).span();
            if (s.start() <= offset && offset < Math.max(s.end(), s.start() + 1)) {
                return i;
            }
        }
        return -1;
    }
}

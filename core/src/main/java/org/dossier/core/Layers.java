package org.dossier.core;

import org.dossier.model.DateExpression;
import org.dossier.model.Entity;
import org.dossier.model.Event;
import org.dossier.model.Figure;
import org.dossier.model.Mention;
import org.dossier.model.PlaceMention;
import org.dossier.model.Quote;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.TextEmbedding;

/** The standard layers of an analyzed article. */
public final class Layers {

    public static final Layer<Sentence> SENTENCES = Layer.of("sentences", Sentence.class);
    public static final Layer<SentenceParse> PARSES = Layer.of("parses", SentenceParse.class);
    public static final Layer<Mention> MENTIONS = Layer.of("mentions", Mention.class);
    public static final Layer<DateExpression> DATES = Layer.of("dates", DateExpression.class);
    public static final Layer<Entity> ENTITIES = Layer.of("entities", Entity.class);
    /** Place names and the places they were resolved to, in text order. */
    public static final Layer<PlaceMention> PLACES = Layer.of("places", PlaceMention.class);
    public static final Layer<Quote> QUOTES = Layer.of("quotes", Quote.class);
    public static final Layer<Figure> FIGURES = Layer.of("figures", Figure.class);
    public static final Layer<Event> EVENTS = Layer.of("events", Event.class);
    /** At most one item: the embedding of the title and lead, for story clustering. */
    public static final Layer<TextEmbedding> EMBEDDINGS = Layer.of("embeddings", TextEmbedding.class);

    private Layers() {}
}

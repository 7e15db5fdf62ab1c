package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.extract.dictionaries.Dictionaries;
import org.dossier.extract.events.EventExtractor;
import org.dossier.extract.events.EventModel;
import org.dossier.extract.events.FigurativeForce;
import org.dossier.extract.events.PageKindModel;
import org.dossier.extract.events.UncodedVerbalActs;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Dependency;
import org.dossier.model.DocumentIds;
import org.dossier.model.Event;
import org.dossier.model.OffsetMap;
import org.dossier.model.Sentence;
import org.dossier.model.SentenceParse;
import org.dossier.model.Sourced;
import org.dossier.model.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain-events",
        header = "Show why Dossier codes the events it codes in a text, sentence by sentence.",
        mixinStandardHelpOptions = true,
        description = {
            "Show why Dossier codes the events it codes in a text, or none: each sentence with its dependency parse "
                    + "(word, tag, head and relation), every event the rules propose with its features, and the "
                    + "event model's probability for it (kept at or above the model's threshold).",
            ""},
        footer = {"", "Examples:", "  dossier explain-events \"Rebels seized the town on Monday.\" --date 2016-10-12",
            "  dossier explain-events --file article.txt"})
final class ExplainEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The text, as one or more words.")
    List<String> words = List.of();

    @Option(names = "--file", paramLabel = "FILE", description = "Read the text from a plain-text file instead.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date, for relative dates.")
    java.time.LocalDate date;

    @Mixin
    EngineOptions engineOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String text = file != null ? Files.readString(file, StandardCharsets.UTF_8) : String.join(" ", words);
        if (text.isBlank()) {
            err.println("error: give a text (TEXT... or --file FILE)");
            return ExitCodes.USAGE;
        }
        engineOptions.parseAll = true;
        Dictionaries dictionaries = Dictionaries.standard();
        DossierEngine engine = engineOptions.load(err, dictionaries);
        ArticleMetadata metadata = ArticleMetadata.EMPTY.withLanguage("en");
        if (date != null) {
            metadata = metadata.withPublished(Sourced.at(date, null, "--date"), ArticleMetadata.DateConfidence.STATED);
        }
        String id = DocumentIds.of(text.getBytes(StandardCharsets.UTF_8));
        Article article = new Article(id, "explain", null, text, text, OffsetMap.identity(), metadata);
        if (!(engine.pipeline().process(article) instanceof Outcome.Ok ok)) {
            err.println("error: the text could not be analyzed");
            return ExitCodes.FATAL;
        }
        AnnotatedArticle annotated = ok.result();
        printParses(annotated, out);
        printPageKind(annotated, out);
        EventModel model = EventModel.standard();
        EventExtractor extractor = new EventExtractor(dictionaries, model);
        out.println();
        out.println("Proposed events (probability; kept at or above " + model.threshold() + "; a verbal act of an "
                + "actor with no code is no event, \"no code\"; a figure of force, a company's words of its own "
                + "business or a question is none either, \"no act\"; an attack in words between such parties is "
                + "criticism, \"as 111\"):");
        java.util.Set<String> personNames = EventExtractor.personNames(annotated);
        org.dossier.extract.ArticleContext context = new org.dossier.extract.ArticleContext(annotated);
        for (EventExtractor.Proposal p : extractor.propose(annotated)) {
            Event e = p.event();
            double probability = model.probability(p.features());
            boolean kept = model.keeps(probability);
            out.printf(Locale.ROOT, "  %.3f %s %-4s %s [%s] -> %s [%s] | %s%n    %s%n", probability,
                    !kept ? "       "
                            : UncodedVerbalActs.isNoEvent(e, personNames, context.sentence(p.sentence())) ? "no code"
                            : FigurativeForce.isCriticism(e, context.sentence(p.sentence())) ? "as 111 "
                            : EventExtractor.isNoActOfItsParties(e, context.sentence(p.sentence())) ? "no act "
                            : "kept   ",
                    e.cameo(), e.actor() == null ? "-" : e.actor().name(), e.actor() == null ? "" : e.actor().code(),
                    e.target() == null ? "-" : e.target().name(), e.target() == null ? "" : e.target().code(),
                    e.text(), String.join(" ", p.features()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Whether the page-kind model takes the text for news of public life, where every event is proposed. */
    private static void printPageKind(AnnotatedArticle annotated, PrintWriter out) {
        out.println();
        List<org.dossier.model.TextEmbedding> lead = annotated.getOrEmpty(Layers.EMBEDDINGS);
        PageKindModel kinds = PageKindModel.standard();
        java.util.OptionalDouble p = lead.isEmpty() ? java.util.OptionalDouble.empty()
                : kinds.probabilityOfPublicLife(lead.get(0));
        if (p.isEmpty()) {
            out.println("Page kind: not judged (no lead embedding): every event is proposed, as on news.");
        } else if (p.getAsDouble() < kinds.threshold()) {
            out.printf(Locale.ROOT, "Page kind: probability of news of public life %.3f, below %.2f: another kind "
                    + "of page, where only force (roots 14-20) of a country, a state's sector or an armed group is "
                    + "proposed. A few words are a poor page: the model reads a title and lead.%n", p.getAsDouble(),
                    kinds.threshold());
        } else {
            out.printf(Locale.ROOT, "Page kind: probability of news of public life %.3f (threshold %.2f): news, "
                    + "every event is proposed.%n", p.getAsDouble(), kinds.threshold());
        }
    }

    private static void printParses(AnnotatedArticle annotated, PrintWriter out) {
        List<SentenceParse> parses = annotated.getOrEmpty(Layers.PARSES);
        for (Sentence sentence : annotated.getOrEmpty(Layers.SENTENCES)) {
            out.println("Sentence " + sentence.index() + ":");
            SentenceParse parse = parses.stream().filter(p -> p.sentenceIndex() == sentence.index()).findFirst()
                    .orElse(null);
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                int head = -1;
                String relation = "";
                if (parse != null) {
                    for (Dependency arc : parse.arcs()) {
                        if (arc.dependent() == i) {
                            head = arc.head();
                            relation = arc.relation();
                        }
                    }
                }
                Token t = tokens.get(i);
                out.printf(Locale.ROOT, "  %3d %-18s %-5s %-9s %3d %s%n", i, t.word(), t.pos(), t.ner(), head,
                        relation);
            }
        }
    }
}

package org.dossier.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.core.AnnotatedArticle;
import org.dossier.core.Layers;
import org.dossier.core.Outcome;
import org.dossier.engine.DossierEngine;
import org.dossier.engine.EngineConfig;
import org.dossier.eval.PageKindTrainer;
import org.dossier.extract.events.PageKindModel;
import org.dossier.ingest.source.InputSource;
import org.dossier.ingest.source.SourceItem;
import org.dossier.nlp.embed.LeadEmbedder;
import org.dossier.nlp.embed.SentenceEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train-page-kinds",
        header = "Fit the page-kind model that tells news of public life from other pages, on pages labelled by "
                + "hand.",
        mixinStandardHelpOptions = true,
        description = {
            "Events are coded on news of public life (politics, government, courts, crime, conflict, protest, "
                    + "diplomacy, business); on other pages only a state's force is. The page-kind model tells "
                    + "those pages from sport, entertainment, science, lifestyle, recipes, shops and games by the "
                    + "sentence embedding of the title and lead. This command cleans and embeds each labelled page "
                    + "as analyze does, fits a logistic regression (LIBLINEAR) with five-fold cross-validation (the "
                    + "pages of one site or ECB+ topic in one fold) choosing the regularization (log loss) and the "
                    + "threshold (the highest that takes at most 2%% of the news pages for others), prints both, and "
                    + "writes the model in the format Dossier ships "
                    + "(extract/src/main/resources/org/dossier/extract/events/page-kind-model.tsv).",
            "The labels: tab-separated files with a header line naming at least the columns 'file' (the page, "
                    + "relative to --data, or FILE#NAME for a document of a file of many, as the event gold names "
                    + "them), 'id' (Dossier's document id; needed for a document of a file of many) and 'kind': "
                    + "affairs or business (news of public life), other-news or not-news (see "
                    + "gold/events/page-kinds/README.md).",
            ""},
        footer = {"", "Example:",
            "  dossier train-page-kinds --data ../shared/bench \\",
            "      --labels gold/events/page-kinds/broad.tsv gold/events/page-kinds/develop.tsv \\",
            "      --model extract/src/main/resources/org/dossier/extract/events/page-kind-model.tsv"})
final class TrainPageKindsCommand implements Callable<Integer> {

    static final Set<String> PUBLIC_LIFE = Set.of("affairs", "business");
    static final Set<String> OTHER = Set.of("other-news", "not-news");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--labels", required = true, arity = "1..*", paramLabel = "FILE.tsv",
            description = "The labelled pages and their kinds (one or more files).")
    List<Path> labels;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the labelled pages are (default: "
            + "${DEFAULT-VALUE}).")
    Path data = Path.of("../shared/bench");

    @Option(names = "--model", paramLabel = "FILE", description = "Where to write the fitted model (default: print it "
            + "to standard output).")
    Path model;

    @Option(names = "--threshold", paramLabel = "P", description = "Take pages below probability P (0-1) of public "
            + "life for other pages, instead of the cross-validated choice.")
    Double threshold;

    @Option(names = "--predictions", paramLabel = "FILE.tsv", description = "Also write each page's cross-validated "
            + "probability of public life (from the model fitted without its fold), to judge what the model does "
            + "on pages it was not fitted on.")
    Path predictions;

    /**
     * A labelled document: where it is ({@code file}, with {@code #name} after the path for one of a file of many),
     * its Dossier id (empty when not given: the file's one page) and whether it is news of public life.
     */
    record Label(String file, String id, boolean publicLife) {

        /** The file the document is in. */
        String path() {
            int hash = file.indexOf('#');
            return hash < 0 ? file : file.substring(0, hash);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            err.println("--threshold must lie in 0-1, was " + threshold);
            return ExitCodes.USAGE;
        }
        List<Label> pages = new ArrayList<>();
        for (Path file : labels) {
            try {
                pages.addAll(readLabels(file));
            } catch (IllegalArgumentException | IOException e) {
                err.println("error: labels " + file + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        try {
            pages = distinct(pages);
        } catch (IllegalArgumentException e) {
            err.println("error: labels: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        java.util.Map<String, List<Label>> byFile = new java.util.LinkedHashMap<>();
        for (Label page : pages) {
            if (!Files.isRegularFile(data.resolve(page.path()))) {
                err.println("error: page " + page.file() + " not found under " + data);
                return ExitCodes.USAGE;
            }
            byFile.computeIfAbsent(page.path(), f -> new ArrayList<>()).add(page);
        }
        err.print("Loading the sentence-embedding model... ");
        err.flush();
        SentenceEncoder encoder = SentenceEncoder.load();
        err.println("done.");
        LeadEmbedder embedder = new LeadEmbedder(encoder);
        DossierEngine cleaner = DossierEngine.cleaningOnly(EngineConfig.DEFAULT);
        List<PageKindTrainer.Example> examples = new ArrayList<>();
        for (var file : byFile.entrySet()) {
            examples.addAll(embed(file.getKey(), file.getValue(), cleaner, embedder, err));
            err.printf(Locale.ROOT, "  %d of %d pages embedded%n", examples.size(), pages.size());
        }
        int failed = pages.size() - examples.size();
        err.printf(Locale.ROOT, "%d pages embedded, %d could not be read%n", examples.size(), failed);
        if (failed > 0) {
            err.println("error: every labelled page must be read (see the reasons above); fix the labels or --data");
            return ExitCodes.USAGE;
        }
        PageKindTrainer.Result result;
        try {
            result = new PageKindTrainer(examples, encoder.name()).fit(threshold);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        result.report().forEach(out::println);
        out.printf(Locale.ROOT, "Chosen: C %.2f (cross-validated log loss %.4f), threshold %.2f%n", result.cost(),
                result.logLoss(), result.model().threshold());
        out.flush();
        if (predictions != null) {
            try (Writer w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                w.write("file\tpublic_life\tprobability\n");
                for (PageKindTrainer.Prediction p : result.crossValidated()) {
                    w.write(String.format(Locale.ROOT, "%s\t%b\t%.4f%n", p.page(), p.publicLife(), p.probability()));
                }
            }
        }
        if (model == null) {
            result.model().write(out);
            out.flush();
        } else {
            try (Writer w = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
                result.model().write(w);
            }
            out.println("Model written to " + model);
        }
        return ExitCodes.OK;
    }

    /**
     * The lead embeddings, as analyze makes them, of the labelled documents of one file: a page, or those of a
     * file of many documents (ECB+'s {@code documents.jsonl}) whose Dossier ids the labels give. A document that
     * cannot be cleaned is left out, with the reason on stderr.
     */
    private List<PageKindTrainer.Example> embed(String path, List<Label> labels, DossierEngine cleaner,
            LeadEmbedder embedder, PrintWriter err) throws IOException {
        java.util.Map<String, Label> byId = new java.util.HashMap<>();
        labels.forEach(l -> byId.put(l.id(), l));
        List<SourceItem> items = InputSource.of(List.of(data.resolve(path)), InputSource.DEFAULT_MAX_BYTES).items()
                .toList();
        List<PageKindTrainer.Example> examples = new ArrayList<>();
        for (SourceItem item : items) {
            Outcome outcome = cleaner.clean(item);
            if (!(outcome instanceof Outcome.Ok ok)) {
                if (items.size() == 1) {
                    err.println("skipped " + path + ": " + outcome);
                }
                continue;
            }
            String id = ok.result().article().id();
            Label label = items.size() == 1 && labels.size() == 1 && labels.get(0).id().isEmpty() ? labels.get(0)
                    : byId.get(id);
            if (label != null) {
                float[] vector = embedder.apply(ok.result()).getOrEmpty(Layers.EMBEDDINGS).get(0).vector();
                examples.add(new PageKindTrainer.Example(label.file(), group(label.file(), ok.result().article()),
                        vector, label.publicLife()));
            }
        }
        if (examples.size() < labels.size()) {
            err.println("skipped " + (labels.size() - examples.size()) + " labelled document(s) of " + path
                    + ": no document of the file has their id");
        }
        return examples;
    }

    /**
     * Each document once: two label files may both name a page (the event gold's pages are among the broad pages).
     * Two different kinds for one document are an error.
     */
    static List<Label> distinct(List<Label> pages) {
        java.util.Map<String, Label> byKey = new java.util.LinkedHashMap<>();
        for (Label page : pages) {
            String key = page.id().isEmpty() ? page.file() : page.id();
            Label earlier = byKey.putIfAbsent(key, page);
            if (earlier != null && earlier.publicLife() != page.publicLife()) {
                throw new IllegalArgumentException("two kinds for one document: " + earlier.file() + " and "
                        + page.file());
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * What a page shares a cross-validation fold with: its ECB+ topic ("documents.jsonl#12_4ecb" is topic 12), else
     * its site (the host of its address), else itself.
     */
    static String group(String file, org.dossier.model.Article article) {
        int hash = file.indexOf('#');
        if (hash >= 0) {
            String name = file.substring(hash + 1);
            int underscore = name.indexOf('_');
            return file.substring(0, hash) + "#topic " + (underscore < 0 ? name : name.substring(0, underscore));
        }
        String url = article.url();
        if (url != null) {
            try {
                String host = java.net.URI.create(url.strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // an address that is no URI: the page is a group of its own
            }
        }
        return file;
    }

    /** The labels file: a header with 'file' and 'kind' columns, then one page a line. */
    static List<Label> readLabels(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty file");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int fileColumn = header.indexOf("file");
        int kindColumn = header.indexOf("kind");
        int idColumn = header.indexOf("id");
        if (fileColumn < 0 || kindColumn < 0) {
            throw new IllegalArgumentException("the header line must name the columns 'file' and 'kind'");
        }
        List<Label> pages = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length <= Math.max(fileColumn, kindColumn)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": too few columns");
            }
            String kind = cells[kindColumn].strip();
            if (!PUBLIC_LIFE.contains(kind) && !OTHER.contains(kind)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unknown kind '" + kind
                        + "' (affairs, business, other-news or not-news)");
            }
            String id = idColumn >= 0 && idColumn < cells.length ? cells[idColumn].strip() : "";
            if (cells[fileColumn].contains("#") && id.isEmpty()) {
                throw new IllegalArgumentException("line " + (i + 1) + ": a document of a file of many needs its id");
            }
            pages.add(new Label(cells[fileColumn].strip(), id, PUBLIC_LIFE.contains(kind)));
        }
        return pages;
    }
}

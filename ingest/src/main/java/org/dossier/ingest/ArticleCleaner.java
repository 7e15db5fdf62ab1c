package org.dossier.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.dossier.core.Cleaner;
import org.dossier.core.StageException;
import org.dossier.ingest.clean.Block;
import org.dossier.ingest.clean.BoilerplateFilter;
import org.dossier.ingest.clean.CleanTextAssembler;
import org.dossier.ingest.clean.DensestRegion;
import org.dossier.ingest.clean.HtmlBlocks;
import org.dossier.ingest.clean.MainContent;
import org.dossier.ingest.clean.PageParser;
import org.dossier.ingest.clean.PageSummary;
import org.dossier.ingest.clean.TextCopyBlocks;
import org.dossier.ingest.clean.Verdict;
import org.dossier.ingest.decode.DecodedText;
import org.dossier.ingest.decode.TextDecoder;
import org.dossier.ingest.meta.DatelineFinder;
import org.dossier.ingest.meta.HtmlMetadata;
import org.dossier.ingest.meta.LanguageIdentifier;
import org.dossier.ingest.meta.OutletFinder;
import org.dossier.ingest.meta.PublishedDateFinder;
import org.dossier.ingest.meta.UrlDates;
import org.dossier.ingest.meta.TitleFinder;
import org.dossier.ingest.meta.TitleSiteName;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.ArticleMetadata.DateConfidence;
import org.dossier.model.DocumentHints;
import org.dossier.model.RawDocument;
import org.dossier.model.Sourced;
import org.jsoup.nodes.Document;

/**
 * The cleaner of Dossier: decodes a raw document, takes the article text out of an HTML page or a plain-text
 * copy, removes boilerplate, and reads the title, outlet, publication date, dateline and language.
 *
 * <p>Thread-safe: the only shared state is the immutable language identifier.
 */
public final class ArticleCleaner implements Cleaner {

    public static final String NAME = "clean.v1";

    private final TextDecoder decoder = new TextDecoder();
    
    private final LanguageIdentifier languages;
    private final Clock clock;

    public ArticleCleaner(LanguageIdentifier languages) {
        this(languages, Clock.systemUTC());
    }

    /** @param clock today's date bounds plausible publication dates (pages do not come from the future) */
    public ArticleCleaner(LanguageIdentifier languages, Clock clock) {
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Article clean(RawDocument document) throws StageException {
        DecodedText decoded = decoder.decode(document.content());
        String raw = decoded.text();
        Extraction extraction = extract(document, raw).withHints(document.hints());
        List<Block> kept = extraction.verdicts().stream().filter(Verdict::keep).map(Verdict::block).toList();
        if (kept.isEmpty()) {
            throw new StageException("no article text found: all " + extraction.verdicts().size()
                    + " blocks of the document were boilerplate or empty", metadata(extraction, null));
        }
        CleanTextAssembler.CleanText clean = CleanTextAssembler.assemble(kept);
        String language = languages.identify(clean.text()).or(() -> extraction.declaredLanguage()).orElse(null);
        ArticleMetadata metadata = metadata(extraction, language);
        String url = document.url() != null && !document.url().isBlank() ? document.url()
                : extraction.canonicalUrl().orElse(document.url());
        return new Article(document.id(), document.source(), url, raw, clean.text(), clean.offsets(), metadata);
    }

    private static ArticleMetadata metadata(Extraction extraction, String language) {
        return new ArticleMetadata(extraction.title().orElse(null), extraction.outlet().orElse(null),
                extraction.published().orElse(null), extraction.published().isPresent() ? DateConfidence.STATED : null,
                DatelineFinder.inBlocks(extraction.verdicts()).orElse(null),
                language != null ? language : extraction.declaredLanguage().orElse(null));
    }

    private record Extraction(List<Verdict> verdicts, Optional<Sourced<String>> title,
            Optional<Sourced<String>> outlet, Optional<Sourced<LocalDate>> published,
            Optional<String> declaredLanguage, Optional<String> canonicalUrl) {

        Extraction(List<Verdict> verdicts, Optional<Sourced<String>> title, Optional<Sourced<String>> outlet,
                Optional<Sourced<LocalDate>> published, Optional<String> declaredLanguage) {
            this(verdicts, title, outlet, published, declaredLanguage, Optional.empty());
        }

        /** What the source states (a feed's title and date, an export's fields) outranks what the page shows. */
        Extraction withHints(DocumentHints hints) {
            Optional<Sourced<String>> hintTitle = nonBlank(hints.title()).map(t -> Sourced.at(t, null, "source:title"));
            Optional<Sourced<String>> hintOutlet = nonBlank(hints.outlet()).map(o -> Sourced.at(o, null, "source:outlet"));
            Optional<Sourced<LocalDate>> hintDate = nonBlank(hints.published()).flatMap(HtmlMetadata::parseSourceDate)
                    .map(d -> Sourced.at(d, null, "source:date"));
            return new Extraction(verdicts, hintTitle.or(() -> title), hintOutlet.or(() -> outlet),
                    hintDate.or(() -> published), declaredLanguage, canonicalUrl);
        }

        private static Optional<String> nonBlank(String value) {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    private Extraction extract(RawDocument document, String raw) {
        return switch (document.format()) {
            case HTML -> fromHtml(raw, document.hints());
            case TEXT -> fromTextCopy(raw, document.url());
            case ARTICLE_TEXT -> fromArticleText(raw, document.url());
            case UNKNOWN -> looksLikeHtml(raw) ? fromHtml(raw, document.hints()) : fromTextCopy(raw, document.url());
        };
    }

    /** Text a source already extracted is kept whole: a filter made for page copies would only lose paragraphs. */
    private Extraction fromArticleText(String raw, String url) {
        List<Verdict> verdicts = TextCopyBlocks.split(raw).stream().filter(b -> !b.text().isBlank())
                .map(Verdict::keep).toList();
        return new Extraction(verdicts, Optional.empty(), Optional.empty(), textDate(verdicts, url),
                Optional.empty());
    }

    /**
     * A text's own date line first (a copy keeps the page's date line, and the URL of a page can carry the day of
     * its print edition or of another version); else the full date its address states, as a page's would.
     */
    private Optional<Sourced<LocalDate>> textDate(List<Verdict> verdicts, String url) {
        return PublishedDateFinder.inBlocks(verdicts).or(() -> UrlDates.in(url, LocalDate.now(clock)));
    }

    private Extraction fromTextCopy(String raw, String url) {
        List<Block> blocks = TextCopyBlocks.split(raw);
        OptionalInt titleIndex = TitleFinder.inTextCopy(blocks);
        List<Verdict> verdicts = BoilerplateFilter.forTextCopies().classify(blocks, titleIndex.orElse(-1));
        Optional<Sourced<String>> title = titleIndex.isPresent()
                ? Optional.of(Sourced.at(blocks.get(titleIndex.getAsInt()).text(),
                        blocks.get(titleIndex.getAsInt()).rawSpan(), "first-line"))
                : Optional.empty();
        return new Extraction(verdicts, title, OutletFinder.inBlocks(verdicts),
                textDate(verdicts, url), Optional.empty());
    }

    private Extraction fromHtml(String raw, DocumentHints hints) {
        PageParser.ParsedPage parsed = PageParser.parse(raw);
        Document page = parsed.document();
        HtmlMetadata meta = new HtmlMetadata(parsed, raw);
        Optional<String> canonicalUrl = meta.canonicalUrl();
        String url = hints.url() != null && !hints.url().isBlank() ? hints.url() : canonicalUrl.orElse(null);
        // Metadata first: main-content detection leaves the page's furniture out, dates and all.
        Optional<Sourced<LocalDate>> published = meta.published(url, LocalDate.now(clock));
        List<Block> blocks = HtmlBlocks.of(MainContent.of(page), raw);
        Optional<Sourced<String>> title = meta.title();
        int titleIndex = titleBlock(blocks, title.map(Sourced::value).orElse(null));
        if (title.isEmpty() && titleIndex >= 0) {
            title = Optional.of(Sourced.at(blocks.get(titleIndex).text(), blocks.get(titleIndex).rawSpan(), "h1"));
        }
        List<Verdict> chosen = BoilerplateFilter.forHtml().classify(blocks, titleIndex);
        // A page that loses every block was misread, not empty: its densest stretch of text is the best guess.
        List<Verdict> verdicts = chosen.stream().anyMatch(Verdict::keep) ? chosen
                : withSummaryIfEmpty(DensestRegion.of(HtmlBlocks.of(MainContent.whole(page), raw)), meta, raw);
        return new Extraction(verdicts, title.map(t -> withoutSiteName(t, meta, hints, url)),
                meta.siteName().or(() -> OutletFinder.inBlocks(verdicts)),
                published.or(() -> PublishedDateFinder.inBlocks(verdicts)), meta.language(), canonicalUrl);
    }

    /** A page that shows no prose at all (a video page) is still the article its own summary describes. */
    private static List<Verdict> withSummaryIfEmpty(List<Verdict> verdicts, HtmlMetadata meta, String raw) {
        if (verdicts.stream().anyMatch(Verdict::keep)) {
            return verdicts;
        }
        return PageSummary.of(meta.descriptions(), raw).map(summary -> {
            List<Verdict> withSummary = new java.util.ArrayList<>(verdicts);
            withSummary.add(Verdict.keep(summary));
            return List.copyOf(withSummary);
        }).orElse(verdicts);
    }

    /** "Bridge to close | Harbour Herald" is "Bridge to close": the site's name is the outlet, not the title. */
    private static Sourced<String> withoutSiteName(Sourced<String> title, HtmlMetadata meta, DocumentHints hints,
            String url) {
        List<String> siteNames = new java.util.ArrayList<>(meta.siteNames());
        if (hints.outlet() != null) {
            siteNames.add(hints.outlet());
        }
        String stripped = TitleSiteName.strip(title.value(), siteNames, url, meta.heading().orElse(null));
        return stripped.equals(title.value()) ? title : Sourced.at(stripped, title.rawSpan(), title.rule());
    }

    /** The heading block that repeats the page title, or -1. */
    private static int titleBlock(List<Block> blocks, String title) {
        for (int i = 0; i < Math.min(blocks.size(), 5); i++) {
            Block block = blocks.get(i);
            if (block.kind() != Block.Kind.HEADING) {
                continue;
            }
            String heading = block.text().strip().toLowerCase(Locale.ROOT);
            if (title == null || title.toLowerCase(Locale.ROOT).contains(heading)) {
                return i;
            }
        }
        return -1;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.contains("<body") || head.contains("<head>");
    }
}

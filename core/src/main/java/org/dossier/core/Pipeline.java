package org.dossier.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.RawDocument;

/**
 * Runs a cleaner and a sequence of article stages over one document at a time.
 *
 * <p>A pipeline is immutable and as thread-safe as its stages: several threads may call {@link #process} at
 * once. Every failure, expected ({@link StageException}) or not (a bug in a stage), becomes an
 * {@link Outcome.Failed} naming the document and the stage, so one bad document never stops a batch.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.builder()
 *         .cleaner(cleaner)
 *         .stage(annotator)      // produces sentences, mentions, dates
 *         .stage(entities)       // requires mentions, produces entities
 *         .build();              // fails fast when a stage's required layer comes from nowhere
 * Outcome outcome = pipeline.process(rawDocument);
 * }</pre>
 */
public final class Pipeline {

    private final Cleaner cleaner;
    private final List<ArticleStage> stages;
    private final java.util.concurrent.atomic.LongAdder cleanerNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder[] stageNanos;

    private Pipeline(Cleaner cleaner, List<ArticleStage> stages) {
        this.cleaner = cleaner;
        this.stages = List.copyOf(stages);
        this.stageNanos = new java.util.concurrent.atomic.LongAdder[this.stages.size()];
        for (int i = 0; i < stageNanos.length; i++) {
            stageNanos[i] = new java.util.concurrent.atomic.LongAdder();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<ArticleStage> stages() {
        return stages;
    }

    public Cleaner cleaner() {
        return cleaner;
    }

    /** Cleans a raw document and runs every stage on it. */
    public Outcome process(RawDocument document) {
        Outcome cleaned = clean(document);
        return cleaned instanceof Outcome.Ok ok ? process(ok.result().article()) : cleaned;
    }

    /**
     * Nanoseconds spent in each stage (the cleaner first) since the pipeline was built or last reset, summed over
     * threads: for the bench command to say where the time goes.
     */
    public java.util.Map<String, Long> stageNanos() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        out.put(cleaner.name(), cleanerNanos.sum());
        for (int i = 0; i < stages.size(); i++) {
            out.put(stages.get(i).name(), stageNanos[i].sum());
        }
        return out;
    }

    public void resetStageNanos() {
        cleanerNanos.reset();
        for (java.util.concurrent.atomic.LongAdder adder : stageNanos) {
            adder.reset();
        }
    }

    /** Only cleans: the article without layers, or why the document cannot become one. */
    public Outcome clean(RawDocument document) {
        long start = System.nanoTime();
        try {
            return new Outcome.Ok(AnnotatedArticle.of(cleaner.clean(document)));
        } catch (StageException e) {
            return new Outcome.Failed(document.id(), document.source(), document.url(), cleaner.name(), e.getMessage(),
                    e.partial());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(document.id(), document.source(), document.url(), cleaner.name(),
                    internalError(e), null);
        } finally {
            cleanerNanos.add(System.nanoTime() - start);
        }
    }

    /** Runs every stage on an already clean article. */
    public Outcome process(Article article) {
        AnnotatedArticle current = AnnotatedArticle.of(article);
        for (int i = 0; i < stages.size(); i++) {
            ArticleStage stage = stages.get(i);
            long start = System.nanoTime();
            try {
                AnnotatedArticle in = current;
                current = Objects.requireNonNull(stage.apply(in), () -> stage.name() + " returned null");
            } catch (StageSkip e) {
                return new Outcome.Skipped(current, stage.name(), e.getMessage());
            } catch (StageException e) {
                return new Outcome.Failed(article.id(), article.source(), article.url(), stage.name(),
                        e.getMessage(), article.metadata());
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome.Failed(article.id(), article.source(), article.url(), stage.name(),
                        internalError(e), article.metadata());
            } finally {
                stageNanos[i].add(System.nanoTime() - start);
            }
        }
        return new Outcome.Ok(current);
    }

    /** Names the exception and the line of Dossier's code it came from, so a report of it can be acted on. */
    private static String internalError(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.dossier.")) {
                where = " (at " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName() + ":" + frame.getLineNumber() + ")";
                break;
            }
        }
        return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + where;
    }

    public static final class Builder {
        private Cleaner cleaner;
        private final List<ArticleStage> stages = new ArrayList<>();

        private Builder() {}

        public Builder cleaner(Cleaner value) {
            this.cleaner = Objects.requireNonNull(value, "cleaner");
            return this;
        }

        public Builder stage(ArticleStage stage) {
            stages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * @throws IllegalStateException when there is no cleaner, or a stage requires a layer that no earlier
         *     stage produces; the message names the stage that would produce it, if any
         */
        public Pipeline build() {
            if (cleaner == null) {
                throw new IllegalStateException("a pipeline needs a cleaner: call cleaner(...) before build()");
            }
            Set<Layer<?>> available = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (int i = 0; i < stages.size(); i++) {
                ArticleStage stage = stages.get(i);
                if (!names.add(stage.name())) {
                    throw new IllegalStateException("stage " + stage.name() + " is in the pipeline twice");
                }
                for (Layer<?> needed : stage.requires()) {
                    if (!available.contains(needed)) {
                        throw new IllegalStateException(missingLayerMessage(stage, needed, i));
                    }
                }
                available.addAll(stage.produces());
            }
            return new Pipeline(cleaner, stages);
        }

        private String missingLayerMessage(ArticleStage stage, Layer<?> needed, int position) {
            for (int j = position + 1; j < stages.size(); j++) {
                if (stages.get(j).produces().contains(needed)) {
                    return "stage " + stage.name() + " needs layer '" + needed + "', produced by "
                            + stages.get(j).name() + ", which comes after it: add " + stages.get(j).name()
                            + " before " + stage.name();
                }
            }
            return "stage " + stage.name() + " needs layer '" + needed + "', which no stage in the pipeline produces";
        }
    }
}

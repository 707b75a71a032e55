package dev.prepstack.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An immutable in-memory Lucene index of the bank: BM25 over weighted text fields, a plain field for
 * typo tolerance, and an HNSW vector field when embeddings are available. Rebuilt as a whole when the
 * content changes, then swapped in, so searches never see a half-built index.
 */
final class SearchIndex {

    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String POINTS = "points";
    static final String ANSWER = "answer";
    static final String PLAIN = "plain";
    static final String VECTOR = "vector";

    /** Field weights: what a question asks counts most, its long answer least. */
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 4.0f, SUMMARY, 2.0f, POINTS, 1.5f, ANSWER, 1.0f);

    record Scored(int doc, float score) {}

    private final List<IndexedQuestion> questions;
    private final Map<String, Integer> docBySlug = new HashMap<>();
    private final List<float[]> vectors;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final EnglishAnalyzer english = new EnglishAnalyzer();

    private SearchIndex(List<IndexedQuestion> questions, List<float[]> vectors) throws IOException {
        this.questions = List.copyOf(questions);
        this.vectors = vectors;
        this.analyzer =
                new PerFieldAnalyzerWrapper(english, Map.of(PLAIN, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
        this.directory = new ByteBuffersDirectory();
        var config = new IndexWriterConfig(analyzer)
                // Merging adjacent segments only keeps doc ids equal to list positions.
                .setMergePolicy(new org.apache.lucene.index.LogDocMergePolicy())
                .setRAMBufferSizeMB(64);
        try (var writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < questions.size(); i++) {
                IndexedQuestion q = questions.get(i);
                var doc = new Document();
                doc.add(new TextField(TITLE, q.title() + "\n" + String.join("\n", q.aliases()), Field.Store.NO));
                doc.add(new TextField(SUMMARY, q.summary(), Field.Store.NO));
                doc.add(new TextField(POINTS, String.join("\n", q.keyPoints()), Field.Store.NO));
                doc.add(new TextField(ANSWER, q.answer(), Field.Store.NO));
                doc.add(new TextField(
                        PLAIN,
                        q.title() + "\n" + String.join("\n", q.aliases()) + "\n" + q.summary() + "\n"
                                + String.join("\n", q.keyPoints()),
                        Field.Store.NO));
                if (vectors != null) {
                    doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
                }
                writer.addDocument(doc);
            }
            // One segment: the index is small and rebuilt whole, and doc ids then equal positions.
            writer.forceMerge(1);
        }
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        for (int i = 0; i < questions.size(); i++) {
            docBySlug.put(questions.get(i).slug(), i);
        }
    }

    static SearchIndex build(List<IndexedQuestion> questions, List<float[]> vectorsOrNull) {
        try {
            return new SearchIndex(questions, vectorsOrNull);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return questions.size();
    }

    boolean hasVectors() {
        return vectors != null;
    }

    /** Bytes of the index files plus the raw vectors kept for related-question lookups. */
    long ramBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes
                    + (vectors == null || vectors.isEmpty()
                            ? 0
                            : (long) vectors.size() * vectors.get(0).length * Float.BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexedQuestion question(int doc) {
        return questions.get(doc);
    }

    Integer docOf(String slug) {
        return docBySlug.get(slug);
    }

    float[] vectorOf(int doc) {
        return vectors == null ? null : vectors.get(doc);
    }

    /** BM25 over the weighted fields, plus fuzzy matches for words the bank does not contain. */
    List<Scored> lexical(String text, int limit) {
        String expanded = QueryExpansion.expand(text);
        var builder = new BooleanQuery.Builder();
        var queryBuilder = new QueryBuilder(analyzer);
        int clauses = 0;
        for (var field : BOOSTS.entrySet()) {
            Query q = queryBuilder.createBooleanQuery(field.getKey(), expanded, BooleanClause.Occur.SHOULD);
            if (q != null) {
                builder.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        try {
            for (String word : QueryExpansion.words(text)) {
                if (word.length() >= 4 && reader.docFreq(new Term(PLAIN, word)) == 0) {
                    int edits = word.length() >= 7 ? 2 : 1;
                    builder.add(
                            new BoostQuery(new FuzzyQuery(new Term(PLAIN, word), edits, 1, 20, true), 3.0f),
                            BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
            if (clauses == 0) {
                return List.of();
            }
            ScoreDoc[] hits = searcher.search(builder.build(), limit).scoreDocs;
            List<Scored> out = new ArrayList<>(hits.length);
            for (ScoreDoc h : hits) {
                out.add(new Scored(h.doc, h.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nearest questions by embedding (HNSW); scores are cosine similarities. */
    List<Scored> semantic(float[] query, int k) {
        if (vectors == null || query == null) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(VECTOR, query, k), k).scoreDocs;
            List<Scored> out = new ArrayList<>(hits.length);
            for (ScoreDoc h : hits) {
                // Lucene maps dot product d to (1 + d) / 2; turn it back into a cosine.
                out.add(new Scored(h.doc, 2 * h.score - 1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English stems of a text, as the index sees them: used to highlight matches. */
    Set<String> stems(String text) {
        var stems = new java.util.HashSet<String>();
        try (var ts = english.tokenStream("x", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                stems.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    record Span(int start, int end) {}

    /** Where in the text words occur whose stems are among the given ones (one analysis pass). */
    List<Span> matches(String text, Set<String> stems) {
        List<Span> spans = new ArrayList<>();
        if (stems.isEmpty()) {
            return spans;
        }
        try (var ts = english.tokenStream("x", text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (stems.contains(term.toString())) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    static Map<Integer, Double> fuse(List<List<Scored>> rankings, double[] weights, int k) {
        Map<Integer, Double> fused = new LinkedHashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<Scored> ranking = rankings.get(r);
            for (int i = 0; i < ranking.size(); i++) {
                fused.merge(ranking.get(i).doc(), weights[r] / (k + i + 1), Double::sum);
            }
        }
        return fused;
    }
}

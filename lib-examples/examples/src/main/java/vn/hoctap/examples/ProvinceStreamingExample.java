package vn.hoctap.examples;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.RequestKind;
import vn.hoctap.model.rollup.CommuneResult;
import vn.hoctap.model.rollup.CommuneTree;
import vn.hoctap.model.rollup.DistrictResult;
import vn.hoctap.model.rollup.DistrictTree;
import vn.hoctap.model.rollup.ProvinceTree;
import vn.hoctap.rules.Evaluator;
import vn.hoctap.rules.stream.JsonLinesSink;
import vn.hoctap.rules.stream.Keep;
import vn.hoctap.rules.stream.ProvinceStream;
import vn.hoctap.rules.stream.Sources;
import vn.hoctap.rules.stream.StreamResult;

/**
 * A host streaming a province's people from a JSON Lines file, one citizen request per line naming its commune, and
 * writing the people to follow up (not recognised, not determined) to another JSON Lines file; the communes, the
 * district and the province are evaluated from the tallies. Memory stays bounded by the number of communes.
 *
 * <p>Arguments: the people file and the output file; with none, the people of {@link SampleDistrict} are written to
 * a temporary file first.
 */
public final class ProvinceStreamingExample {
    private static final ObjectWriter LINE = HoctapJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private ProvinceStreamingExample() {
    }

    public static void main(String[] args) throws IOException {
        Path people = args.length > 0 ? Path.of(args[0]) : writeSamplePeople(Files.createTempFile("nguoi-dan", ".jsonl"));
        Path followUp = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("can-theo-doi", ".jsonl");
        StreamResult r = stream(Evaluator.national(), SampleProvince.sampleSkeleton(), people, followUp);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Đã đánh giá / evaluated: " + r.evaluated() + ", từ chối / refused: " + r.refused()
                + "; cần theo dõi / to follow up: " + followUp);
        for (DistrictResult d : r.province().results()) {
            for (CommuneResult c : d.results()) {
                out.println("  " + c.assessment().subjectName() + ": " + c.assessment().verdict() + " ("
                        + c.tally().holdingTitle() + "/" + c.tally().evaluated() + ")");
            }
            out.println(" " + d.assessment().subjectName() + ": " + d.assessment().verdict());
        }
        out.println(r.province().assessment().subjectName() + ": " + r.province().assessment().verdict());
    }

    /** The host's code: stream {@code people} through {@code evaluator}, the people to follow up to {@code followUp}. */
    public static StreamResult stream(Evaluator evaluator, ProvinceTree skeleton, Path people, Path followUp)
            throws IOException {
        // sample:begin stream
        try (Reader in = Files.newBufferedReader(people, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(followUp, StandardCharsets.UTF_8)) {
            return ProvinceStream.of(evaluator)                  // threads = cores, batches of 500
                    .keep(Keep.FAILED_OR_UNDETERMINED)           // or ALL, or TALLIES_ONLY
                    .run(skeleton, Sources.jsonLines(in, people.getFileName().toString()), JsonLinesSink.to(out));
        }
        // sample:end stream
    }

    /** The people of {@link SampleDistrict}, one envelope per line, as a host's export would give them. */
    public static Path writeSamplePeople(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DistrictTree d : SampleProvince.sample().districts()) {
                for (CommuneTree c : d.communes()) {
                    for (CitizenEvaluationRequest p : c.people()) {
                        ObjectNode line = HoctapJson.mapper().createObjectNode()
                                .put("kind", RequestKind.CITIZEN.jsonName()).put("id", p.person().id());
                        line.putObject("in").put("kind", RequestKind.COMMUNE.jsonName()).put("id", c.code());
                        line.set("request", HoctapJson.mapper().valueToTree(p));
                        out.write(LINE.writeValueAsString(line));
                        out.write('\n');
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}

package vn.hoctap.rules.stream;

import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.hoctap.model.InvalidInputException;
import vn.hoctap.model.json.RequestEnvelope;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.model.json.RequestLine;
import vn.hoctap.model.request.CitizenEvaluationRequest;
import vn.hoctap.model.request.RequestKind;

/** Ready-made sources of people for {@link ProvinceStream}. Each is read lazily, once. */
public final class Sources {
    private Sources() {
    }

    /**
     * The people of each commune in turn, communes in the map's order; a person's position is the commune code and
     * their index in it, e.g. {@code 00004[17]}.
     */
    public static Iterator<Sourced> perCommune(Map<String, ? extends Iterator<CitizenEvaluationRequest>> communes) {
        Iterator<? extends Map.Entry<String, ? extends Iterator<CitizenEvaluationRequest>>> each =
                List.copyOf(communes.entrySet()).iterator();
        return new Iterator<>() {
            private String code;
            private Iterator<CitizenEvaluationRequest> people = List.<CitizenEvaluationRequest>of().iterator();
            private int index;

            @Override
            public boolean hasNext() {
                while (!people.hasNext() && each.hasNext()) {
                    Map.Entry<String, ? extends Iterator<CitizenEvaluationRequest>> e = each.next();
                    code = e.getKey();
                    people = e.getValue();
                    index = 0;
                }
                return people.hasNext();
            }

            @Override
            public Sourced next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return Sourced.of(code + "[" + index++ + "]", code, people.next());
            }
        };
    }

    /**
     * People from a JSON Lines stream, one {@link RequestEnvelope} per line, of kind {@code citizen} and naming its
     * commune in {@code in}:
     *
     * <pre>{@code
     * {"kind": "citizen", "id": "p-1", "in": {"kind": "commune", "id": "26734"}, "request": {...}}
     * }</pre>
     *
     * A line that cannot be read, or is of another kind, is a refusal at {@code name:line}; reading goes on. The caller
     * closes {@code reader}.
     */
    public static Iterator<Sourced> jsonLines(Reader reader, String name) {
        Iterator<RequestLine> lines = RequestEnvelopes.lines(reader).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Sourced next() {
                RequestLine line = lines.next();
                String position = name + ":" + line.number();
                if (line.error() != null) {
                    return Sourced.refused(position, null, line.error());
                }
                RequestEnvelope e = line.envelope();
                if (e.kind() != RequestKind.CITIZEN) {
                    return Sourced.refused(position, null, new InvalidInputException("$.kind",
                            "cần 'citizen', không phải '" + e.kind().jsonName() + "' / expected 'citizen', not '"
                                    + e.kind().jsonName() + "'"));
                }
                if (e.in() == null || e.in().kind() != RequestKind.COMMUNE) {
                    return Sourced.refused(position, null, new InvalidInputException("$.in",
                            "cần xã của người này: {\"kind\": \"commune\", \"id\": mã xã} / name the person's commune:"
                                    + " {\"kind\": \"commune\", \"id\": its code}"));
                }
                return Sourced.of(position, e.in().id(), (CitizenEvaluationRequest) e.request());
            }
        };
    }
}

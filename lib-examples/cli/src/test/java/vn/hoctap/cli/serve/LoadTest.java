package vn.hoctap.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hoctap.cli.Cli;
import vn.hoctap.model.json.HoctapJson;
import vn.hoctap.model.json.RequestEnvelopes;
import vn.hoctap.rules.Evaluator;

/**
 * A bounded load test of the service over real HTTP on loopback: {@code hoctap.load.requests} requests (4,000 in the
 * suite; 20,000 with {@code -Pload}) of every national kind from 16 client threads, one in ten malformed or over the
 * size limit. It stops by itself, reports requests/s and p50/p99 latency, and proves that no request gets a 5xx, that
 * every answer equals the in-process evaluation, that every bad request gets a 4xx, and that the server is healthy
 * after.
 */
class LoadTest {
    private static final int CLIENTS = 16;

    /**
     * The baseline, measured in the same run on the same machine: the same requests read, evaluated and written as
     * JSON in this process by the same 16 threads, without HTTP.
     */
    private static double inProcess(Evaluator evaluator, List<String> bodies, int requests, ExecutorService threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HoctapJson.write(evaluator.evaluate(RequestEnvelopes.read(bodies.get(i % bodies.size()))
                            .request()));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        return requests / ((System.nanoTime() - start) / 1e9);
    }

    /** Proves that under load there is no 5xx, every result equals in-process evaluation, and bad input gets 4xx. */
    @Test
    void sixteenClientsMixedAndMalformed() throws Exception {
        int requests = Integer.getInteger("hoctap.load.requests", 4000);
        Evaluator evaluator = Evaluator.national();
        List<String> bodies = Files.readAllLines(Cli.SAMPLES.resolve("mixed.jsonl"), StandardCharsets.UTF_8);
        List<JsonNode> expected = new ArrayList<>();
        for (String b : bodies) {
            expected.add(HoctapJson.mapper().readTree(HoctapJson.write(evaluator.evaluate(RequestEnvelopes.read(b)
                    .request()))));
        }
        String oversized = "{\"kind\": \"unit\", \"request\": {\"pad\": \"" + "x".repeat(70 * 1024) + "\"}}";
        List<String> malformed = List.of("{\"kind\": \"unit\", \"request\": {\"evaluationYear\": \"x\"}}",
                "{\"kind\":", "[1, 2]", oversized);
        try (Service service = new Service(evaluator, new ServiceConfig("127.0.0.1", 0, 64 * 1024, 1 << 20,
                Duration.ofSeconds(10), 0))) {
            for (int i = 0; i < 50; i++) {
                service.post("/v1/evaluate", bodies.get(i % bodies.size())); // warm-up, not measured
            }
            AtomicInteger next = new AtomicInteger();
            long[] latencies = new long[requests];
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        boolean bad = i % 10 == 9;
                        String body = bad ? malformed.get(i / 10 % malformed.size()) : bodies.get(i % bodies.size());
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = service.post("/v1/evaluate", body);
                        latencies[i] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        try {
                            JsonNode answer = HoctapJson.mapper().readTree(r.body());
                            if (bad ? r.statusCode() < 400 || r.statusCode() >= 500 || !answer.has("error")
                                    : r.statusCode() != 200
                                    || !expected.get(i % bodies.size()).equals(answer.get("assessment"))) {
                                wrong.add(i + ": " + r.statusCode() + " " + r.body().substring(0,
                                        Math.min(200, r.body().length())));
                            }
                        } catch (Exception e) {
                            wrong.add(i + ": unreadable answer " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double inProcess = inProcess(evaluator, bodies, requests, clients);
            clients.shutdown();
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            System.out.printf("hoctap serve load: %d requests, %d clients, %.0f requests/s, p50 %.1f ms, p99 %.1f ms,"
                            + " statuses %s; in-process on the same threads: %.0f evaluations/s (HTTP %.0f %%)%n",
                    requests, CLIENTS, requests / seconds, sorted[requests / 2] / 1e6,
                    sorted[(int) (requests * 0.99)] / 1e6, statuses, inProcess, 100 * requests / seconds / inProcess);
            assertTrue(statuses.keySet().stream().noneMatch(s -> s >= 500), "5xx: " + statuses);
            assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, e.g. " + wrong.subList(0,
                    Math.min(3, wrong.size())));
            assertEquals(200, service.get("/v1/health").statusCode());
            assertEquals(200, service.post("/v1/evaluate", bodies.get(0)).statusCode());
        }
    }
}

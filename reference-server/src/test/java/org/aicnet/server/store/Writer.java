package org.aicnet.server.store;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * One writer of the kill -9 test: creates training jobs, stops and deletes some of its own, uploads small datasets,
 * and records what the server acknowledged, until the server dies (a call ends in an IOException). Answers how many
 * jobs it created.
 */
final class Writer implements Callable<Integer> {

    private static final String SPEC = "cpu-2";
    private static final String IMAGE = "img-torch";

    private final Calls calls;
    private final Acknowledged acknowledged;
    private final String prefix;
    private final Random random;
    private final List<String> mine = new ArrayList<>();
    private int created;

    /** {@code prefix} makes its job names unique across writers and rounds. */
    Writer(Calls calls, Acknowledged acknowledged, String prefix, long seed) {
        this.calls = calls;
        this.acknowledged = acknowledged;
        this.prefix = prefix;
        this.random = new Random(seed);
    }

    @Override
    public Integer call() throws Exception {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                step();
            }
        } catch (IOException theServerDied) {
            // what it acknowledged until then is recorded
        }
        return created;
    }

    private void step() throws IOException, InterruptedException {
        int dice = random.nextInt(100);
        if (dice < 55 || mine.isEmpty()) {
            create();
        } else if (dice < 70) {
            stop(mine.get(random.nextInt(mine.size())));
        } else if (dice < 85) {
            delete(mine.get(random.nextInt(mine.size())));
        } else {
            upload();
        }
    }

    private void create() throws IOException, InterruptedException {
        String name = prefix + "-" + created;
        JsonNode job = Calls.json(calls.createJob(name, SPEC, IMAGE), 200);
        String id = job.at("/metadata/id").asText();
        acknowledged.created(id);
        mine.add(id);
        created++;
    }

    private void stop(String jobId) throws IOException, InterruptedException {
        acknowledged.changing(jobId);
        HttpResponse<String> answer = calls.stop(jobId);
        if (answer.statusCode() == 200) {
            String status = Calls.json(answer, 200).get("status").asText();
            if (!status.equals("STOPPED")) {
                throw new IllegalStateException("a stop answered " + status);
            }
            acknowledged.changed(jobId, Acknowledged.Fate.STOPPED);
        } else {
            refused(answer, jobId);
        }
    }

    private void delete(String jobId) throws IOException, InterruptedException {
        acknowledged.changing(jobId);
        HttpResponse<String> answer = calls.delete(jobId);
        if (answer.statusCode() == 204) {
            acknowledged.changed(jobId, Acknowledged.Fate.DELETED);
            mine.remove(jobId);
        } else {
            refused(answer, jobId);
        }
    }

    /** 0202: the job has ended (stop) or has not (delete); any other answer fails the writer. */
    private void refused(HttpResponse<String> answer, String jobId) throws IOException {
        if (Calls.json(answer, 400).get("errorCode").asText().equals("0202")) {
            acknowledged.changed(jobId, null);
            return;
        }
        throw new IllegalStateException("job " + jobId + ": " + answer.body());
    }

    private void upload() throws IOException, InterruptedException {
        byte[] content = new byte[256 + random.nextInt(4096)];
        random.nextBytes(content);
        String md5 = md5(content);
        JsonNode answer = Calls.json(calls.upload(prefix + "-data-" + created, content, md5), 200);
        acknowledged.uploaded(answer.get("id").asText(), md5);
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

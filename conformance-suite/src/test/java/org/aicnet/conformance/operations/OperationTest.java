package org.aicnet.conformance.operations;

import org.aicnet.schemas.standard.ApiPaths;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The operations cover annex A, and the {@code {operation}} parameter names every one of them. */
class OperationTest {

    @Test
    void theParameterNamesEveryOperation() {
        assertEquals(Arrays.stream(Operation.values()).map(Operation::words).collect(Collectors.joining("|")),
                Operation.NAMES);
    }

    @Test
    void everyEndpointOfAnnexAIsAnOperation() {
        Set<String> endpoints = Arrays.stream(Operation.values())
                .map(operation -> operation.method() + " " + operation.path()).collect(Collectors.toSet());
        assertEquals(Set.of("POST " + ApiPaths.TOKENS, "GET " + ApiPaths.CENTERS, "GET " + ApiPaths.SPECS,
                "GET " + ApiPaths.IDLE, "GET " + ApiPaths.IMAGES, "GET " + ApiPaths.DATASETS,
                "POST " + ApiPaths.DATASET_UPLOAD, "POST " + ApiPaths.TRAIN_JOBS, "GET " + ApiPaths.TRAIN_JOBS,
                "GET " + ApiPaths.TRAIN_JOB, "GET " + ApiPaths.TASK_LOG_URL, "POST " + ApiPaths.TRAIN_JOB_STOP,
                "DELETE " + ApiPaths.TRAIN_JOB, "GET " + ApiPaths.TRAIN_JOB_DOWNLOAD, "POST " + ApiPaths.ONLINE_JOBS),
                endpoints);
    }
}

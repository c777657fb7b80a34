package org.aicnet.conformance.e2e;

import org.aicnet.server.deviations.Variant;

import java.util.Arrays;
import java.util.List;

/**
 * The server configurations {@link VariantsPassTest} runs the whole suite against: the conforming variants of the
 * reference server in groups that cannot hide each other's effects (each changes another layer or another answer),
 * so that one run of the suite judges several variants at once. Every variant is in exactly one group.
 */
enum VariantGroup {

    HTTP_STACK("the HTTP stack", Variant.CHUNKED_REQUEST_BODIES_REFUSED, Variant.GZIP_EVERY_ANSWER,
            Variant.CONNECTION_CLOSE, Variant.ETAGS, Variant.EXTRA_HEADERS, Variant.PRETTY_PRINTED_JSON,
            Variant.API_UNDER_BASE_PATH),
    ANSWER_BODIES("the bodies of answers", Variant.EXTRA_FIELDS_IN_EVERY_ANSWER, Variant.FIELDS_IN_REVERSE_ORDER,
            Variant.NON_ASCII_ESCAPED, Variant.ERROR_MESSAGES_IN_CHINESE, Variant.IDLE_NODE_COUNT_AS_INTEGER,
            Variant.ONLINE_JOB_URL_ON_OTHER_HOST, Variant.LOG_URL_ON_OTHER_HOST),
    JOBS_AND_TIMES("jobs, ids and times", Variant.TASKS_SHOW_BOTH_IMAGE_FIELDS, Variant.TASKS_WITHOUT_STATUS,
            Variant.EMPTY_LOG_OF_A_SILENT_TASK, Variant.UUID_JOB_IDS, Variant.UUID_DATASET_IDS,
            Variant.TASK_IDS_OF_ANOTHER_SHAPE, Variant.JOB_STAYS_PENDING, Variant.TOKENS_LIVE_20_SECONDS,
            Variant.TIMES_IN_UTC);

    private final String layer;
    private final List<Variant> variants;

    VariantGroup(String layer, Variant... variants) {
        this.layer = layer;
        this.variants = List.of(variants);
    }

    String layer() {
        return layer;
    }

    List<Variant> variants() {
        return variants;
    }

    /** The one group of the variant. */
    static VariantGroup of(Variant variant) {
        return Arrays.stream(values()).filter(group -> group.variants.contains(variant)).findFirst()
                .orElseThrow(() -> new IllegalStateException(variant.id() + " is in no VariantGroup"));
    }
}

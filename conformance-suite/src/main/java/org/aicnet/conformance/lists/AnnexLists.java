package org.aicnet.conformance.lists;

import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ListQueries;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.aicnet.conformance.lists.SortField.hidden;
import static org.aicnet.conformance.lists.SortField.shown;
import static org.aicnet.conformance.lists.ValueKind.JOB_STATUS;
import static org.aicnet.conformance.lists.ValueKind.NUMBER;
import static org.aicnet.conformance.lists.ValueKind.TEXT;
import static org.aicnet.conformance.lists.ValueKind.TIME;

/** The lists of annex A, by the names the features use for them: the values of the {@code {list}} parameter. */
public final class AnnexLists {

    public static final AnnexList CENTERS = new AnnexList("computing centers", ApiPaths.CENTERS, "A.5-A.8",
            "centers", TableSchemas.CENTERS_RESPONSE, TableSchemas.CENTER, "/centerId",
            // A.6; a center's createTime is not shown by A.8 (reading R-default-sort)
            List.of(shown("centerId", "/centerId", TEXT), shown("centerName", "/centerName", TEXT),
                    shown("processorType", "/processorType", TEXT), hidden("createTime")),
            List.of(ListFilter.equals(ListQueries.PROCESSOR_TYPE, "/processorType"),
                    ListFilter.bool(ListQueries.CONNECTED, "/connected")));

    public static final AnnexList SPECS = new AnnexList("resource specs", ApiPaths.SPECS, "A.9-A.12",
            "resourceSpecs", TableSchemas.RESOURCE_SPECS_RESPONSE, TableSchemas.RESOURCE_SPEC, "/resourceSpecId",
            List.of(shown("resourceSpecId", "/resourceSpecId", TEXT),
                    shown("resourceSpecName", "/resourceSpecName", TEXT)),
            List.of(ListFilter.scope(ListQueries.CENTER_ID, "computing centers", "/centerId")));

    public static final AnnexList IMAGES = new AnnexList("images", ApiPaths.IMAGES, "A.19-A.22",
            "images", TableSchemas.IMAGES_RESPONSE, TableSchemas.IMAGE, "/imageId",
            List.of(shown("imageId", "/imageId", TEXT), shown("imageName", "/imageName", TEXT),
                    shown("arch", "/arch", TEXT), shown("processor", "/processor", TEXT),
                    shown("framework", "/framework", TEXT), shown("createTime", "/createTime", TIME)),
            List.of(ListFilter.scope(ListQueries.CENTER_ID, "computing centers", "/centerId"),
                    ListFilter.equals(ListQueries.PROCESSOR, "/processor"),
                    ListFilter.equals(ListQueries.FRAMEWORK, "/framework"),
                    ListFilter.fromTime(ListQueries.CREATE_AFTER, "/createTime"),
                    ListFilter.untilTime(ListQueries.CREATE_BEFORE, "/createTime")));

    /** Reading R-datasets-sort: datasetName is the dataset's title. */
    public static final AnnexList DATASETS = new AnnexList("datasets", ApiPaths.DATASETS, "A.23-A.26",
            "datasets", TableSchemas.DATASETS_RESPONSE, TableSchemas.DATASET, "/id",
            List.of(shown("datasetName", "/title", TEXT), shown("title", "/title", TEXT), shown("id", "/id", TEXT),
                    shown("size", "/size", NUMBER), shown("owner", "/owner", TEXT)),
            List.of(ListFilter.textSearch(ListQueries.QUERY, "/title", "/desc")));

    /** Reading R-job-filters: centerId and processor select by the jobs' tasks, which the list does not show. */
    public static final AnnexList TRAINING_JOBS = new AnnexList("training jobs", ApiPaths.TRAIN_JOBS, "A.35-A.39",
            "items", TableSchemas.TRAINJOB_LIST_RESPONSE, TableSchemas.JOB, "/metadata/id",
            List.of(shown("id", "/metadata/id", TEXT), shown("name", "/metadata/name", TEXT),
                    shown("status", "/status", JOB_STATUS), shown("createTime", "/metadata/createTime", TIME)),
            List.of(ListFilter.scope(ListQueries.CENTER_ID, "computing centers", "/centerId"),
                    ListFilter.scope(ListQueries.PROCESSOR, "computing centers", "/processorType"),
                    ListFilter.equals(ListQueries.STATUS, "/status"),
                    ListFilter.fromTime(ListQueries.CREATE_AFTER, "/metadata/createTime"),
                    ListFilter.untilTime(ListQueries.CREATE_BEFORE, "/metadata/createTime")));

    private static final Map<String, AnnexList> BY_NAME = List.of(CENTERS, SPECS, IMAGES, DATASETS, TRAINING_JOBS)
            .stream().collect(Collectors.toUnmodifiableMap(AnnexList::name, Function.identity()));

    /** The regular expression of the {@code {list}} parameter: every name above, in the plural or the singular. */
    public static final String NAMES = "(?:computing center|resource spec|image|dataset|training job)s?";

    private AnnexLists() {
    }

    /** The list of that name, in the plural ("images") or the singular ("image"). */
    public static AnnexList named(String name) {
        AnnexList list = BY_NAME.getOrDefault(name, BY_NAME.get(name + "s"));
        if (list == null) {
            throw new NoSuchElementException("kit defect: no list of annex A is called '" + name + "'");
        }
        return list;
    }

    public static List<AnnexList> all() {
        return List.of(CENTERS, SPECS, IMAGES, DATASETS, TRAINING_JOBS);
    }
}

package org.aicnet.conformance.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aicnet.schemas.TableSchemas;
import org.aicnet.schemas.standard.ListQueries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The suite's lists of annex A sort by the values of their query schemas, the default first (reading
 * R-default-sort), and filter by the parameters those schemas list beside paging and sorting.
 */
class AnnexListsTest {

    private static final Set<String> PAGING = Set.of(ListQueries.PAGE, ListQueries.PAGE_SIZE, ListQueries.SORT,
            ListQueries.ORDER);

    static Stream<Arguments> lists() {
        return Stream.of(Arguments.of(AnnexLists.CENTERS, ListQueries.CENTER_SORTS, TableSchemas.CENTERS_QUERY),
                Arguments.of(AnnexLists.SPECS, ListQueries.SPEC_SORTS, TableSchemas.RESOURCE_SPECS_QUERY),
                Arguments.of(AnnexLists.IMAGES, ListQueries.IMAGE_SORTS, TableSchemas.IMAGES_QUERY),
                Arguments.of(AnnexLists.DATASETS, ListQueries.DATASET_SORTS, TableSchemas.DATASETS_QUERY),
                Arguments.of(AnnexLists.TRAINING_JOBS, ListQueries.JOB_SORTS, TableSchemas.TRAINJOB_LIST_QUERY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void sortsByTheValuesOfItsQuerySchemaTheDefaultFirst(AnnexList list, List<String> sorts, String querySchema) {
        assertEquals(sorts, list.sorts().stream().map(SortField::value).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void filtersByTheOtherParametersOfItsQuerySchema(AnnexList list, List<String> sorts, String querySchema)
            throws IOException {
        Set<String> parameters = new TreeSet<>();
        querySchema(querySchema).path("properties").fieldNames().forEachRemaining(parameters::add);
        parameters.removeAll(PAGING);
        assertEquals(parameters, list.filters().stream().map(ListFilter::parameter)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static JsonNode querySchema(String file) throws IOException {
        try (InputStream in = AnnexListsTest.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            assertNotNull(in, "no schemas/" + file + " on the class path");
            return new ObjectMapper().readTree(in);
        }
    }
}

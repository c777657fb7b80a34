package org.aicnet.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.aicnet.schemas.standard.ApiPaths;
import org.aicnet.schemas.standard.ErrorCode;
import org.aicnet.schemas.standard.JobFields;
import org.aicnet.schemas.standard.JobStatus;
import org.aicnet.schemas.standard.ListQueries;
import org.aicnet.schemas.standard.LogContentTypes;
import org.aicnet.schemas.standard.TimeFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vocabulary both modules read from org.aicnet.schemas.standard and {@link TableSchemas} says what the documents
 * of this module say: the paths of openapi.yaml and of annex A, the codes of error.json and openapi.yaml's
 * x-error-codes with the statuses of table B.1, the schema files of the folder, the query schemas' enums.
 */
class VocabularyTest {

    /** Table B.1 as the standard writes it: status, code, 描述. */
    private static final List<String> TABLE_B1 = List.of(
            "401 0101 用户认证失败", "401 0102 token已过期", "401 0103 账号已冻结",
            "400 0201 参数类型错误", "400 0202 参数值不合法", "400 0203 参数缺失", "400 0204 参数值超出允许范围",
            "400 0205 训练作业名称包含非法字符", "400 0206 训练作业名称超出指定长度范围",
            "400 0207 训练作业描述超出指定长度范围", "400 0208 训练作业名称已存在", "400 0210 指定的智算中心不可用",
            "400 0211 指定的资源规格不可用", "400 0220 未指定作业镜像信息", "400 0221 镜像ID不可用",
            "400 0230 开始时间不得晚于结束时间", "400 0240 训练作业不存在", "400 0241 训练任务ID不存在",
            "500 0100 调度器服务异常", "500 0101 适配器服务异常");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyPathConstantIsAnOpenApiPathOfAnnexAAndEveryOneHasAConstant() throws IOException {
        Set<String> constants = new TreeSet<>(constants(ApiPaths.class).values());
        Set<String> documented = new TreeSet<>();
        openApi().path("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> annexA = AnnexAEndpoint.ALL.stream().map(AnnexAEndpoint::path)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, constants, "ApiPaths against the paths of openapi.yaml");
        assertEquals(annexA, constants, "ApiPaths against the URIs of the basic-information tables of annex A");
    }

    @Test
    void theErrorCodesAreTheRowsOfTableB1() {
        List<String> rows = Arrays.stream(ErrorCode.values())
                .map(row -> row.httpStatus() + " " + row.code() + " " + row.description()).toList();
        assertEquals(new TreeSet<>(TABLE_B1), new TreeSet<>(rows));
        assertEquals(TABLE_B1.size(), rows.size(), "a row of B.1 twice in ErrorCode");
    }

    @Test
    void theErrorCodesAreThoseOfErrorJsonAndOfOpenApiWithTheirStatuses() throws IOException {
        Set<String> codes = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toSet());
        Set<String> enumerated = new HashSet<>();
        SchemaFiles.read(TableSchemas.ERROR).at("/properties/errorCode/enum")
                .forEach(code -> enumerated.add(code.asText()));
        assertEquals(enumerated, codes, "ErrorCode against error.json's errorCode enum");

        Set<String> rows = Arrays.stream(ErrorCode.values()).map(row -> row.httpStatus() + " " + row.code())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(openApiErrorRows(), rows, "ErrorCode against the x-error-codes of openapi.yaml's responses");
    }

    @Test
    void tableSchemasNamesEveryFileOfTheFolderAndNoOther() {
        Map<String, String> constants = constants(TableSchemas.class);
        Set<String> named = constants.values().stream().filter(value -> value.endsWith(".json"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(SchemaFiles.names()), named, "TableSchemas against the schema files of schemas/");
        assertEquals(named.size(), constants.values().stream().filter(value -> value.endsWith(".json")).count(),
                "one file under two names of TableSchemas");
    }

    @Test
    void eachTableNamesTheSchemaWhoseTitleStartsWithIt() {
        Map<String, String> tables = new TreeMap<>(TableSchemas.responses());
        tables.putAll(TableSchemas.requests());
        tables.forEach((table, file) -> {
            assertTrue(SchemaFiles.exists(file), table + ": no " + file);
            assertTrue(SchemaFiles.tables(file).contains(table), table + " is not a table the title of " + file
                    + " names: " + SchemaFiles.tables(file));
        });
        List<String> responses = SchemaFiles.names().stream().filter(name -> name.endsWith("-response.json")).toList();
        assertEquals(new TreeSet<>(responses), new TreeSet<>(TableSchemas.responses().values()).stream()
                .filter(name -> !name.equals(TableSchemas.ERROR)).collect(Collectors.toCollection(TreeSet::new)),
                "a response schema that no table of TableSchemas.responses() names");
        List<String> requests = SchemaFiles.names().stream().filter(name -> name.endsWith("-request.json")
                || name.endsWith("-params.json") || name.endsWith("-query.json"))
                .filter(name -> !name.equals(TableSchemas.PAGING_QUERY)).toList();
        assertEquals(new TreeSet<>(requests), new TreeSet<>(TableSchemas.requests().values()),
                "a request schema that no table of TableSchemas.requests() names");
    }

    @Test
    void eachSortListIsItsQuerySchemasEnumWithTheDefaultFirst() {
        Map<List<String>, String> lists = Map.of(ListQueries.CENTER_SORTS, TableSchemas.CENTERS_QUERY,
                ListQueries.SPEC_SORTS, TableSchemas.RESOURCE_SPECS_QUERY,
                ListQueries.IMAGE_SORTS, TableSchemas.IMAGES_QUERY,
                ListQueries.DATASET_SORTS, TableSchemas.DATASETS_QUERY,
                ListQueries.JOB_SORTS, TableSchemas.TRAINJOB_LIST_QUERY);
        lists.forEach((sorts, file) -> {
            JsonNode sort = SchemaFiles.read(file).at("/properties/" + ListQueries.SORT);
            assertEquals(sort.path("default").asText(), sorts.get(0), file + ": the default comes first");
            assertEquals(texts(sort.path("enum")), new TreeSet<>(sorts), file + ": the sort values");
            assertEquals(sorts.size(), new HashSet<>(sorts).size(), file + ": a sort value twice");
        });
    }

    @Test
    void theListParametersAreThoseOfTheQuerySchemas() {
        JsonNode paging = SchemaFiles.read(TableSchemas.PAGING_QUERY).path("properties");
        assertEquals(paging.at("/page/default").asInt(), ListQueries.DEFAULT_PAGE);
        assertEquals(paging.at("/pageSize/default").asInt(), ListQueries.DEFAULT_PAGE_SIZE);
        assertEquals(Set.of(ListQueries.ASC, ListQueries.DESC), texts(paging.at("/order/enum")));
        Set<String> parameters = new HashSet<>();
        SchemaFiles.names().stream().filter(name -> name.endsWith("-query.json"))
                .forEach(name -> SchemaFiles.read(name).path("properties").fieldNames()
                        .forEachRemaining(parameters::add));
        Map<String, String> constants = constants(ListQueries.class);
        Set<String> names = constants.entrySet().stream().filter(entry -> !entry.getKey().equals("ASC")
                && !entry.getKey().equals("DESC")).map(Map.Entry::getValue).collect(Collectors.toSet());
        assertEquals(parameters, names, "ListQueries' parameter names against the properties of the query schemas");
    }

    @Test
    void theJobFieldsAreFieldsOfTheCreateBodies() {
        Set<String> fields = new HashSet<>();
        Stream.of(TableSchemas.TRAINJOB_CREATE_REQUEST, TableSchemas.JOB_CONFIG, TableSchemas.ONLINEJOB_CREATE_REQUEST,
                TableSchemas.ONLINEJOB_CONFIG).forEach(file -> SchemaFiles.read(file).path("properties").fieldNames()
                .forEachRemaining(fields::add));
        assertEquals(fields, new HashSet<>(constants(JobFields.class).values()));
        JsonNode request = SchemaFiles.read(TableSchemas.TRAINJOB_CREATE_REQUEST).path("properties");
        assertEquals(request.at("/jobName/maxLength").asInt(), JobFields.JOB_NAME_MAX);
        assertEquals(request.at("/jobDesc/maxLength").asInt(), JobFields.JOB_DESC_MAX);
    }

    @Test
    void theLogContentTypesAreThoseOfA47() {
        JsonNode contentType = SchemaFiles.read(TableSchemas.TRAINJOB_LOG_URL_PARAMS)
                .at("/properties/" + LogContentTypes.CONTENT_TYPE);
        assertFalse(contentType.isMissingNode(), "A.47 has no parameter " + LogContentTypes.CONTENT_TYPE);
        assertEquals(texts(contentType.path("enum")), Set.of(LogContentTypes.TEXT_PLAIN, LogContentTypes.OCTET_STREAM));
    }

    @Test
    void theJobStatesAreThoseOfJobStatusJson() {
        List<String> states = new ArrayList<>();
        SchemaFiles.read(TableSchemas.JOB_STATUS).path("enum").forEach(state -> states.add(state.asText()));
        assertEquals(states, Arrays.stream(JobStatus.values()).map(Enum::name).toList());
    }

    @Test
    void theTimeFormatWritesTimesOfTimeJson() {
        Pattern pattern = Pattern.compile(SchemaFiles.read(TableSchemas.TIME).path("pattern").asText());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(TimeFormat.PATTERN);
        List<String> times = Stream.of(LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalDateTime.of(1999, 12, 31, 23, 59, 59))
                .map(format::format).toList();
        assertEquals(List.of("2024-01-02 03:04:05", "1999-12-31 23:59:59"), times, "A.4's yyyy-MM-dd HH:mm:ss");
        times.forEach(time -> assertTrue(pattern.matcher(time).matches(), time + " against time.json's pattern"));
    }

    private static JsonNode openApi() throws IOException {
        return YAML.readTree(SchemaFiles.DIRECTORY.resolve("openapi.yaml").toFile());
    }

    /** "status code" for each business code an error response of openapi.yaml names in x-error-codes. */
    private static Set<String> openApiErrorRows() throws IOException {
        JsonNode document = openApi();
        JsonNode shared = document.at("/components/responses");
        Set<String> rows = new TreeSet<>();
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("responses").fields()
                .forEachRemaining(response -> {
                    JsonNode answer = response.getValue();
                    if (answer.has("$ref")) {
                        String ref = answer.get("$ref").asText();
                        answer = shared.path(ref.substring(ref.lastIndexOf('/') + 1));
                    }
                    answer.path("x-error-codes").forEach(code -> rows.add(response.getKey() + " " + code.asText()));
                })));
        return rows;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /** The public static String constants of the class, by field name. */
    private static Map<String, String> constants(Class<?> type) {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }
}

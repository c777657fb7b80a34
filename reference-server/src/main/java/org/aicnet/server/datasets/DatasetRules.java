package org.aicnet.server.datasets;

import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * How the datasets routes search and take uploads: the columns {@code query} searches (A.24: title and
 * description), whether a file's MD5 matches the md5 of its form, the fields that dataset-upload-request.json requires and an
 * upload may still leave out (A.28: none), and
 * the id a new upload gets (A.29 fixes no shape; the server's own: {@code ds-} and a random UUID).
 * {@link #STANDARD} is the standard's; the deviations of {@code org.aicnet.server.deviations} replace single rules.
 */
public record DatasetRules(List<String> searchedColumns, BiPredicate<String, String> md5Matches,
                           List<String> optionalFields, Supplier<String> uploadIds) {

    public static final DatasetRules STANDARD = new DatasetRules(List.of("title", "description"),
            String::equalsIgnoreCase, List.of(), () -> "ds-" + UUID.randomUUID());

    public DatasetRules {
        searchedColumns = List.copyOf(searchedColumns);
        optionalFields = List.copyOf(optionalFields);
    }

    public DatasetRules withSearchedColumns(List<String> columns) {
        return new DatasetRules(columns, md5Matches, optionalFields, uploadIds);
    }

    /** {@code matches}: given the MD5 of the received file and the md5 of the form. */
    public DatasetRules withMd5Matches(BiPredicate<String, String> matches) {
        return new DatasetRules(searchedColumns, matches, optionalFields, uploadIds);
    }

    public DatasetRules withOptionalFields(List<String> fields) {
        return new DatasetRules(searchedColumns, md5Matches, fields, uploadIds);
    }

    public DatasetRules withUploadIds(Supplier<String> ids) {
        return new DatasetRules(searchedColumns, md5Matches, optionalFields, ids);
    }
}

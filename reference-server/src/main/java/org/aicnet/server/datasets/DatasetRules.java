package org.aicnet.server.datasets;

import org.aicnet.server.standard.Api;

import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * How the datasets feature searches and takes uploads: the columns {@code query} searches (A.24: title and
 * description), whether a file's MD5 matches the md5 of its form, the form fields an upload must have (A.28), and
 * the id a new upload gets (A.29 fixes no shape; the server's own: {@code ds-} and a random UUID).
 * {@link #STANDARD} is the standard's; the deviations of {@code org.aicnet.server.deviations} replace single rules.
 */
public record DatasetRules(List<String> searchedColumns, BiPredicate<String, String> md5Matches,
                           List<String> requiredFields, Supplier<String> uploadIds) {

    public static final DatasetRules STANDARD = new DatasetRules(List.of("title", "description"),
            String::equalsIgnoreCase, List.of(Api.MD5, Api.TITLE, Api.SIZE), () -> "ds-" + UUID.randomUUID());

    public DatasetRules {
        searchedColumns = List.copyOf(searchedColumns);
        requiredFields = List.copyOf(requiredFields);
    }

    public DatasetRules withSearchedColumns(List<String> columns) {
        return new DatasetRules(columns, md5Matches, requiredFields, uploadIds);
    }

    /** {@code matches}: given the MD5 of the received file and the md5 of the form. */
    public DatasetRules withMd5Matches(BiPredicate<String, String> matches) {
        return new DatasetRules(searchedColumns, matches, requiredFields, uploadIds);
    }

    public DatasetRules withRequiredFields(List<String> fields) {
        return new DatasetRules(searchedColumns, md5Matches, fields, uploadIds);
    }

    public DatasetRules withUploadIds(Supplier<String> ids) {
        return new DatasetRules(searchedColumns, md5Matches, requiredFields, ids);
    }
}

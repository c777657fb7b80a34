package org.aicnet.server.deviations;

import org.aicnet.server.config.ConfigException;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up the entries of a catalog ({@link Fault}, {@link Variant}) by the names the command line gives them. */
final class Catalog {

    private Catalog() {
    }

    /** The entries of these names; an unknown name is a {@link ConfigException} listing them all. */
    static <E extends Enum<E>> EnumSet<E> named(Class<E> catalog, Function<E, String> id, Collection<String> names,
                                                String what) {
        E[] entries = catalog.getEnumConstants();
        EnumSet<E> named = EnumSet.noneOf(catalog);
        for (String name : names) {
            named.add(Arrays.stream(entries).filter(entry -> id.apply(entry).equals(name)).findFirst()
                    .orElseThrow(() -> new ConfigException("unknown " + what + " '" + name + "'; the " + what
                            + "s are: " + Arrays.stream(entries).map(id).collect(Collectors.joining(", ")))));
        }
        return named;
    }
}

package org.gilankg.mentions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The main types of things, as in the data contract. Each has the ontology class's local name.
 */
public enum EntityType {
    PERSON("Person"),
    OFFICE("Office"),
    EVENT("Event"),
    PLACE("Place"),
    TREATY("Treaty"),
    ORGANIZATION("Organization"),
    STATE("State"),
    PUBLICATION("Publication");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** The local name of the ontology class, e.g. {@code Person} for {@code gk:Person}. */
    public String className() {
        return className;
    }

    public static Optional<EntityType> byClassName(String name) {
        return Arrays.stream(values()).filter(t -> t.className.equals(name)).findFirst();
    }
}

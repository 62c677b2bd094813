package org.newsdedup.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** The people, places and organisations an article names, each once, in order of mention. */
@DefaultSchema(JavaFieldSchema.class)
public final class EntityNames {
  public static final EntityNames NONE = new EntityNames(List.of(), List.of(), List.of());

  public final List<String> people;
  public final List<String> places;
  public final List<String> organizations;

  @SchemaCreate
  public EntityNames(List<String> people, List<String> places, List<String> organizations) {
    this.people = List.copyOf(people);
    this.places = List.copyOf(places);
    this.organizations = List.copyOf(organizations);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EntityNames other
        && people.equals(other.people)
        && places.equals(other.places)
        && organizations.equals(other.organizations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(people, places, organizations);
  }

  @Override
  public String toString() {
    return "EntityNames{people=" + people + ", places=" + places + ", organizations="
        + organizations + "}";
  }
}

/** Counts of what stakeholder input covers: objectives, stakeholder groups, countries. */
module io.github.gcmsdk.coverage {
  requires transitive io.github.gcmsdk.model;

  exports io.github.gcmsdk.coverage;
}

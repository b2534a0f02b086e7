/** Seeded generators of GCM documents and a shrinking property runner, for tests. */
module io.github.gcmsdk.testkit {
  requires transitive io.github.gcmsdk.model;

  exports io.github.gcmsdk.testkit;
}

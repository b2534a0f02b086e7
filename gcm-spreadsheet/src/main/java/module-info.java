/**
 * Stakeholder input in spreadsheets: an XLSX template, import of filled workbooks (or one CSV per
 * sheet) into the JSON format with every problem located by cell, and export.
 *
 * <p>{@code io.github.gcmsdk.spreadsheet.internal} is not exported.
 */
module io.github.gcmsdk.spreadsheet {
  requires transitive io.github.gcmsdk.io;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;

  exports io.github.gcmsdk.spreadsheet;
}

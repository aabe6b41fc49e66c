/**
 * The desired state in a relational database (H2 or PostgreSQL): migrations, loading, and
 * writing each batch of changes in one transaction, with failures told apart by what became of
 * the transaction; for the embedded H2 database, a write-ahead journal in front of it that
 * acknowledges each batch once it is on disk and brings the database up to date behind it,
 * compacting the H2 file between its transactions so that it stays bounded by the data.
 *
 * <p>Each persisted table of the desired state has one row mapping in {@code Tables} (key
 * columns, value columns, owner of its properties, child tables); the INSERT, UPDATE and DELETE
 * of a changed row are derived from it, and a table without a mapping does not compile.
 */
package io.linstorj.controller.persistence;

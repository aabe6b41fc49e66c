/**
 * The desired state in a relational database (H2 or PostgreSQL): migrations, loading, and
 * writing each batch of changes in one transaction, with failures told apart by what became of
 * the transaction; for the embedded H2 database, a write-ahead journal in front of it that
 * acknowledges each batch once it is on disk and brings the database up to date behind it.
 */
package io.linstorj.controller.persistence;

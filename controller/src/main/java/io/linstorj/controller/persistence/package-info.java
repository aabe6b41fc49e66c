/**
 * The desired state in a relational database (H2 or PostgreSQL): migrations, loading, and
 * writing each batch of changes in one transaction, with failures told apart by what became of
 * the transaction.
 */
package io.linstorj.controller.persistence;

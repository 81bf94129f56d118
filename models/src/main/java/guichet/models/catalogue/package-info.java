/** Internal: reads, checks and writes catalogue files. Not API; use {@link guichet.models.Catalogue}. */
package guichet.models.catalogue;

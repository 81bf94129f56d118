/**
 * Internal: one fetcher per kind of {@link guichet.models.ModelSource}, each bringing a model's files into its
 * staging area, checked. Not API; use {@link guichet.models.ModelPuller}.
 */
package guichet.models.pull;

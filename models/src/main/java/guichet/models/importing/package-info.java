/** Internal: helpers of {@link guichet.models.ModelImporter} for air-gapped imports. Not API. */
package guichet.models.importing;

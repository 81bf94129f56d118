/**
 * Internal: moves bytes onto the machine safely. Downloads resume, archives are unpacked, and every file waits
 * in a staging area until its checksum matches the catalogue. Not API.
 */
package guichet.models.transfer;

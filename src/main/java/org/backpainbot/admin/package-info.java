/** Maintainer operations: content validation from the command line, reindex, rollback and index status. */
package org.backpainbot.admin;

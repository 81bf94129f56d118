package guichet.inference.onnx;

/** Token ids and attention masks of a batch, padded to its longest input. */
record TokenBatch(long[][] ids, long[][] attentionMask) {

    int size() {
        return ids.length;
    }

    int length() {
        return ids.length == 0 ? 0 : ids[0].length;
    }

    /** Zero token-type ids: single-segment inputs. */
    long[][] typeIds() {
        return new long[size()][length()];
    }
}

package guichet.inference.llamacpp;

import guichet.inference.TestModels;

/**
 * One engine for the test JVM: the binding never frees a model's native context, so tests share
 * a loaded model instead of loading one per class.
 */
final class SharedChatModel {

    private static LlamaChatModel model;

    private SharedChatModel() {
    }

    static synchronized LlamaChatModel get() {
        if (model == null) {
            model = LlamaChatModel.load(LlamaSettings.defaults(TestModels.chatModel()).withThreads(2)
                    .withContextTokens(2048).withSlots(4), TestModels.nativeCache());
        }
        return model;
    }
}

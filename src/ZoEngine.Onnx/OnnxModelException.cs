namespace ZoEngine.Onnx;

/// <summary>
/// A model, a resource or a choice of trainable initializers that cannot be used: a missing file, bytes that are not an
/// ONNX model, a model without float32 initializers, a name pattern that matches none, inputs a task needs and the model
/// lacks. The message is one line that names the input, so that a command line can print it and stop before training.
/// </summary>
public sealed class OnnxModelException : Exception
{
    /// <summary>Creates the error with its one-line message.</summary>
    public OnnxModelException(string message, Exception? inner = null) : base(message, inner) { }
}

using Google.Protobuf;
using Onnx;

namespace ZoEngine.Tests.Onnx;

/// <summary>Small ONNX models built in the test, so that known answers are exact and no file is downloaded.</summary>
internal static class OnnxTestModels
{
    /// <summary>Y = X·W + B for X [1, 2], W [2, 3], B [3]: small integers, so every output is exact.</summary>
    public static byte[] Affine(float[] w, float[] b)
    {
        var graph = new GraphProto { Name = "affine" };
        graph.Node.Add(Node("MatMul", ["X", "W"], ["XW"]));
        graph.Node.Add(Node("Add", ["XW", "B"], ["Y"]));
        graph.Initializer.Add(FloatTensor("W", [2, 3], w));
        graph.Initializer.Add(FloatTensor("B", [3], b));
        graph.Input.Add(Value("X", TensorProto.Types.DataType.Float, 1, 2));
        graph.Output.Add(Value("Y", TensorProto.Types.DataType.Float, 1, 3));
        return Model(graph);
    }

    /// <summary>Y = X + C with C an int64 initializer: a model with no float32 initializer.</summary>
    public static byte[] IntegerOnly()
    {
        var graph = new GraphProto { Name = "ints" };
        graph.Node.Add(Node("Add", ["X", "C"], ["Y"]));
        var c = new TensorProto { Name = "C", DataType = (int)TensorProto.Types.DataType.Int64 };
        c.Dims.Add(1);
        c.Int64Data.Add(7);
        graph.Initializer.Add(c);
        graph.Input.Add(Value("X", TensorProto.Types.DataType.Int64, 1));
        graph.Output.Add(Value("Y", TensorProto.Types.DataType.Int64, 1));
        return Model(graph);
    }

    private static byte[] Model(GraphProto graph)
    {
        var model = new ModelProto { IrVersion = 7, Graph = graph, ProducerName = "zoengine-tests" };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        return model.ToByteArray();
    }

    private static NodeProto Node(string op, string[] inputs, string[] outputs)
    {
        var n = new NodeProto { OpType = op, Name = op + "_" + outputs[0] };
        n.Input.AddRange(inputs);
        n.Output.AddRange(outputs);
        return n;
    }

    private static TensorProto FloatTensor(string name, long[] dims, float[] values)
    {
        var t = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        t.Dims.AddRange(dims);
        t.RawData = ByteString.CopyFrom(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
        return t;
    }

    private static ValueInfoProto Value(string name, TensorProto.Types.DataType type, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (long d in dims)
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } } };
    }
}

using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

[TestFixture]
public sealed class WorkspaceTests
{
    [Test]
    public void ReturnedArraysAreReusedAndThePeakIsWhatWasHeldAtOnce()
    {
        var ws = new Workspace<float>();
        var a = ws.Rent(4, 8);
        var b = ws.Rent(2, 8);
        Assert.That(ws.HeldBytes, Is.EqualTo((32 + 16) * sizeof(float)));
        ws.Return(a);
        var c = ws.Rent(3, 8);   // fits in a's 32 elements: no new array
        Assert.That(ws.HeldBytes, Is.EqualTo((32 + 16) * sizeof(float)));
        Assert.That(ws.Outstanding, Is.EqualTo(2));
        ws.Return(b);
        ws.Return(c);
        ws.Trim();
        Assert.That(ws.HeldBytes, Is.Zero);
        Assert.That(ws.PeakBytes, Is.EqualTo((32 + 16) * sizeof(float)));
        ws.ResetPeak();
        Assert.That(ws.PeakBytes, Is.Zero);
    }

    [Test]
    public void ForeignOrDoubleReturnsAreRefusedAndClearForgetsEverything()
    {
        var ws = new Workspace<double>();
        var t = ws.Rent(2, 2);
        Assert.Throws<InvalidOperationException>(() => ws.Return(new Tensor<double>(2, 2)));
        ws.Return(t);
        Assert.Throws<InvalidOperationException>(() => ws.Return(t));
        ws.Rent(1, 1);
        ws.Clear();
        Assert.That((ws.Outstanding, ws.HeldBytes, ws.PeakBytes), Is.EqualTo((0, 0L, 0L)));
    }

    [Test]
    public void RentsThatAlternateShapes_GetTheSameViewObjectPerShape()
    {
        var ws = new Workspace<float>();
        var full = ws.Rent(7, 8);
        ws.Return(full);
        var tail = ws.Rent(4, 8);
        Assert.That(tail.Storage, Is.SameAs(full.Storage), "the smaller rent reuses the storage");
        Assert.That((tail.Rows, tail.Cols), Is.EqualTo((4, 8)));
        ws.Return(tail);
        Assert.That(ws.Rent(7, 8), Is.SameAs(full));
        ws.Return(full);
        Assert.That(ws.Rent(4, 8), Is.SameAs(tail));
    }
}

using System.Runtime.InteropServices;

namespace ZoEngine.Cuda.Interop;

/// <summary>
/// The CUDA driver API entry points ZoEngine uses, bound with <c>[LibraryImport]</c> under their native names
/// (the versioned <c>_v2</c> exports where the header maps to them). Device pointers are CUdeviceptr, an unsigned
/// 64-bit integer; every other handle is an opaque pointer.
/// </summary>
internal static unsafe partial class CuDriver
{
    static CuDriver() => NativeLibraries.EnsureResolver();

    // CUdevice_attribute values.
    public const int AttributeMaxThreadsPerBlock = 1;
    public const int AttributeClockRate = 13;
    public const int AttributeMultiprocessorCount = 16;
    public const int AttributeMemoryClockRate = 36;
    public const int AttributeGlobalMemoryBusWidth = 37;
    public const int AttributeComputeCapabilityMajor = 75;
    public const int AttributeComputeCapabilityMinor = 76;

    // CUjit_option values for the module loader's log buffers.
    public const int JitInfoLogBuffer = 3;
    public const int JitInfoLogBufferSizeBytes = 4;
    public const int JitErrorLogBuffer = 5;
    public const int JitErrorLogBufferSizeBytes = 6;

    // CUfunction_attribute values.
    public const int FunctionAttributeNumRegs = 4;

    // cuLaunchKernel's `extra` markers: the argument struct is passed as one buffer.
    public static readonly nint LaunchParamBufferPointer = 1;
    public static readonly nint LaunchParamBufferSize = 2;
    public static readonly nint LaunchParamEnd = 0;

    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuInit(uint flags);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuDriverGetVersion(out int version);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuGetErrorName(CuResult error, out byte* name);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuGetErrorString(CuResult error, out byte* text);

    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuDeviceGetCount(out int count);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuDeviceGet(out int device, int ordinal);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuDeviceGetName(byte* name, int length, int device);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuDeviceGetAttribute(out int value, int attribute, int device);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuDeviceTotalMem_v2")] public static partial CuResult cuDeviceTotalMem(out nuint bytes, int device);

    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuCtxCreate_v2")] public static partial CuResult cuCtxCreate(out nint context, uint flags, int device);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuCtxDestroy_v2")] public static partial CuResult cuCtxDestroy(nint context);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuCtxPushCurrent_v2")] public static partial CuResult cuCtxPushCurrent(nint context);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuCtxPopCurrent_v2")] public static partial CuResult cuCtxPopCurrent(out nint context);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuCtxSynchronize();

    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuModuleLoadDataEx(out nint module, void* image, uint optionCount, int* options, void** optionValues);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuModuleUnload(nint module);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuModuleGetFunction(out nint function, nint module, byte* name);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuFuncGetAttribute(out int value, int attribute, nint function);

    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemAlloc_v2")] public static partial CuResult cuMemAlloc(out ulong pointer, nuint bytes);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemFree_v2")] public static partial CuResult cuMemFree(ulong pointer);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemAllocHost_v2")] public static partial CuResult cuMemAllocHost(out void* pointer, nuint bytes);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuMemFreeHost(void* pointer);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemGetInfo_v2")] public static partial CuResult cuMemGetInfo(out nuint free, out nuint total);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemsetD8_v2")] public static partial CuResult cuMemsetD8(ulong pointer, byte value, nuint count);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuMemsetD8Async(ulong pointer, byte value, nuint count, nint stream);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemcpyHtoDAsync_v2")] public static partial CuResult cuMemcpyHtoDAsync(ulong destination, void* source, nuint bytes, nint stream);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemcpyDtoHAsync_v2")] public static partial CuResult cuMemcpyDtoHAsync(void* destination, ulong source, nuint bytes, nint stream);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuMemcpyDtoDAsync_v2")] public static partial CuResult cuMemcpyDtoDAsync(ulong destination, ulong source, nuint bytes, nint stream);

    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuStreamCreate(out nint stream, uint flags);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuStreamDestroy_v2")] public static partial CuResult cuStreamDestroy(nint stream);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuStreamSynchronize(nint stream);

    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuEventCreate(out nint @event, uint flags);
    [LibraryImport(NativeLibraries.Driver, EntryPoint = "cuEventDestroy_v2")] public static partial CuResult cuEventDestroy(nint @event);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuEventRecord(nint @event, nint stream);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuEventSynchronize(nint @event);
    [LibraryImport(NativeLibraries.Driver)] public static partial CuResult cuEventElapsedTime(out float milliseconds, nint start, nint end);

    [LibraryImport(NativeLibraries.Driver)]
    public static partial CuResult cuLaunchKernel(nint function, uint gridX, uint gridY, uint gridZ, uint blockX, uint blockY, uint blockZ,
        uint sharedBytes, nint stream, void** kernelParams, void** extra);

    /// <summary>The driver's name for <paramref name="result"/> ("CUDA_ERROR_NO_DEVICE"), or the number when it has none.</summary>
    public static string ErrorName(CuResult result)
    {
        try
        {
            if (cuGetErrorName(result, out byte* name) == CuResult.Success && name != null)
                return Marshal.PtrToStringUTF8((nint)name) ?? ((int)result).ToString();
        }
        catch (DllNotFoundException)
        {
        }
        return $"CUresult {(int)result}";
    }
}
